package zen.gateway.application.port.inbound.campaigns;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/**
 * Campaigns from creation to their end. Every method that names a campaign id answers empty (or throws
 * {@link java.util.NoSuchElementException}) for one that does not exist; the caller checks the project before.
 */
public interface ManageCampaignsUseCase {

    Campaign create(CampaignCommand command);

    Optional<CampaignDetails> find(String campaignId);

    /** Newest first; {@code projectOwnerId} null for every project. */
    List<Campaign> list(String projectOwnerId, CampaignStatus status, int limit);

    /**
     * Reads the lines one by one and stores them in batches, never all at once: numbers E.164-normalised, a number
     * the campaign has already counted as a duplicate, one on the project's opt-out list as opted out, a bad line
     * as invalid.
     *
     * @throws CampaignConflictException when the campaign is no longer a draft
     */
    UploadReport addRecipients(String campaignId, Iterator<RecipientLine> lines);

    /** Running now, or scheduled when its {@code start_at} is later. */
    Campaign start(String campaignId);

    Campaign pause(String campaignId);

    Campaign resume(String campaignId);

    /** What was not handed out yet is never sent; sends still waiting in the send queue are withdrawn. */
    Campaign cancel(String campaignId);

    /** By number, after {@code afterPhone} (null: from the start). */
    List<Recipient> recipients(String campaignId, RecipientStatus status, String afterPhone, int limit);
}
