package zen.gateway.application.port.inbound.campaigns;

import java.util.List;
import zen.gateway.domain.campaign.OptOut;

/** A project's opt-out list: numbers its campaigns skip. Numbers in any usual spelling, kept in E.164. */
public interface ManageOptOutsUseCase {

    /** Returns false when the number was on the list already. */
    boolean optOut(String projectOwnerId, String phone, String source);

    /** Returns false when the number was not on the list. */
    boolean optIn(String projectOwnerId, String phone);

    List<OptOut> list(String projectOwnerId, String afterPhone, int limit);
}
