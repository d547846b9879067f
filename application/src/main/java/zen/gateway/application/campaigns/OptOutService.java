package zen.gateway.application.campaigns;

import java.time.Clock;
import java.util.List;
import zen.gateway.application.port.inbound.campaigns.ManageOptOutsUseCase;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.application.send.Numbers;
import zen.gateway.domain.campaign.OptOut;

/** A project's opt-out list, numbers kept in E.164. Thread-safe. */
public final class OptOutService implements ManageOptOutsUseCase {

    private final OptOutStore optOuts;
    private final Clock clock;

    public OptOutService(OptOutStore optOuts, Clock clock) {
        this.optOuts = optOuts;
        this.clock = clock;
    }

    @Override
    public boolean optOut(String projectOwnerId, String phone, String source) {
        return optOuts.add(new OptOut(projectOwnerId, Numbers.e164(phone, "phone"), source, clock.instant()));
    }

    @Override
    public boolean optIn(String projectOwnerId, String phone) {
        return optOuts.remove(projectOwnerId, Numbers.e164(phone, "phone"));
    }

    @Override
    public List<OptOut> list(String projectOwnerId, String afterPhone, int limit) {
        return optOuts.list(projectOwnerId, afterPhone, limit);
    }
}
