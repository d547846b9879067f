package zen.gateway.application.port.inbound.tracking;

import java.time.Instant;
import zen.gateway.domain.event.Bsp;

/**
 * A sent message: its wamid and/or the BSP's own id (at least one), the BSP, the numbers, project and campaign.
 * {@code sentAt} defaults to now.
 */
public record TrackMessageCommand(
        // One component per field of the tracking request.
        String wamid,
        String bspMessageId,
        Bsp bsp,
        String phoneNumber,
        String businessNumber,
        String projectOwnerId,
        String campaignId,
        Instant sentAt) {

    public TrackMessageCommand {
        if (isBlank(wamid) && isBlank(bspMessageId)) {
            throw new IllegalArgumentException("wamid or bsp_message_id is required");
        }
        if (bsp == null) {
            throw new IllegalArgumentException("bsp is required (one of datagen, karix, aisensy, meta, twilio, gupshup)");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
