package zen.gateway.application.port.outbound.campaigns;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import zen.gateway.domain.campaign.OptOut;

/** {@code opt_outs}: the numbers each project must not send campaigns to. Thread-safe. */
public interface OptOutStore {

    /** Puts the number on the list; returns false when it was there already (and keeps the first entry). */
    boolean add(OptOut optOut);

    /** Takes the number off the list; false when it was not on it. */
    boolean remove(String projectOwnerId, String phone);

    /** Which of these numbers are on the project's list, in one round trip. */
    Set<String> optedOut(String projectOwnerId, Collection<String> phones);

    /** The project's list by number, after {@code afterPhone} (null: from the start). */
    List<OptOut> list(String projectOwnerId, String afterPhone, int limit);
}
