package zen.gateway.application.port.inbound.campaigns;

/** What the transport drives on its own schedule: hands the running campaigns' recipients to the send path. */
public interface RunCampaignsUseCase {

    /** One pass over the scheduled and running campaigns; returns how many recipients it handed out. */
    int runDue();
}
