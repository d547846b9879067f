package zen.gateway.application.port.inbound.campaigns;

/** The campaign's status does not allow what was asked (HTTP 409), such as adding recipients once started. */
public final class CampaignConflictException extends RuntimeException {
    public CampaignConflictException(String message) {
        super(message);
    }
}
