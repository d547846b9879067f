package zen.gateway.application.port.outbound.campaigns;

import java.util.List;
import java.util.Map;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/**
 * {@code campaign_recipients}: one row per number of a campaign. The status is the claim: only a pending recipient
 * is handed out, and every move is a compare-and-set, so that nodes sharing the store hand a number out once.
 * Thread-safe.
 */
public interface RecipientStore {

    /**
     * Adds the recipients whose number the campaign does not have yet, in one round trip; returns how many it added
     * (the rest were duplicates, within the batch or of earlier ones).
     */
    int add(List<Recipient> batch);

    /** Up to {@code limit} pending recipients of the campaign, in upload order. */
    List<Recipient> pending(String campaignId, int limit);

    /**
     * Pending → queued with the send's message id; false when it was not pending any more. A recipient cancelled
     * while its send was being made is taken too: that send exists and may go out, so the recipient counts it.
     */
    boolean handOut(String campaignId, String phone, String messageId);

    /** Pending → {@code status} ({@code OPTED_OUT}, {@code FAILED}) with an error or null; false when not pending. */
    boolean skip(String campaignId, String phone, RecipientStatus status, String error);

    /** Every pending recipient of the campaign → cancelled; returns how many. */
    int cancelPending(String campaignId);

    /**
     * The recipient whose message is {@code messageId} → {@code status} if that ranks higher than where it stands
     * (a message's status only rises), noting the wamid when given; false when it did not move.
     */
    boolean advance(String messageId, RecipientStatus status, String wamid);

    /** The same, for the recipients whose message has this wamid (a status webhook that carries only the wamid). */
    int advanceByWamid(String wamid, RecipientStatus status);

    /** How many recipients of the campaign are in each status (absent: none). */
    Map<RecipientStatus, Long> counts(String campaignId);

    /** The campaign's recipients, in this status when given, by number after {@code afterPhone} (null: from the start). */
    List<Recipient> list(String campaignId, RecipientStatus status, String afterPhone, int limit);
}
