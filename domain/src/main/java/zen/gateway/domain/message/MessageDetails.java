package zen.gateway.domain.message;

/**
 * What is known about a message besides its statuses. Any field may be unknown (null); a later event fills in
 * what an earlier one lacked, but never overwrites a known value: the first word on a fact wins, so replays
 * and out-of-order events cannot change a message's identity.
 */
public record MessageDetails(
        String wamid,
        String bsp,
        String bspMessageId,
        String phoneNumber,
        String businessNumber,
        String projectOwnerId,
        String campaignId) {

    public MessageDetails {
        if (wamid == null && bspMessageId == null) {
            throw new IllegalArgumentException("a message needs a wamid or a BSP message id");
        }
        if (bsp == null) {
            throw new IllegalArgumentException("a message needs the BSP it went through");
        }
    }

    /** These details with every unknown field taken from {@code later}. */
    public MessageDetails filledFrom(MessageDetails later) {
        return new MessageDetails(
                first(wamid, later.wamid),
                bsp,
                first(bspMessageId, later.bspMessageId),
                first(phoneNumber, later.phoneNumber),
                first(businessNumber, later.businessNumber),
                first(projectOwnerId, later.projectOwnerId),
                first(campaignId, later.campaignId));
    }

    private static String first(String known, String offered) {
        return known != null ? known : offered;
    }
}
