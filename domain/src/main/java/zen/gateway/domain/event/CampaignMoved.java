package zen.gateway.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zen.gateway.domain.campaign.CampaignStatus;

/**
 * A campaign started, completed or was cancelled: an event the gateway makes itself, fanned out like a BSP's. It
 * comes from no BSP ({@link #bsp()} is null) and its topic is provider-neutral already ({@code campaign.started},
 * {@code campaign.completed}, {@code campaign.cancelled}), so it carries that one topic only.
 */
public record CampaignMoved(EventId eventId, Topic bspTopic, Instant occurredAt, String campaignId,
        String projectOwnerId, String businessNumber) implements GatewayEvent {

    public CampaignMoved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bspTopic, "bspTopic");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
    }

    /**
     * The event a move into {@code next} makes, if any: a pause or a resume makes none (resuming is not starting),
     * nor does scheduling (the campaign starts later, when it becomes running).
     */
    public static Optional<Topic> topicOf(CampaignStatus from, CampaignStatus next) {
        return switch (next) {
            case RUNNING -> from == CampaignStatus.PAUSED ? Optional.empty() : Optional.of(Topic.of("campaign.started"));
            case COMPLETED -> Optional.of(Topic.of("campaign.completed"));
            case CANCELLED -> Optional.of(Topic.of("campaign.cancelled"));
            case DRAFT, SCHEDULED, PAUSED -> Optional.empty();
        };
    }

    /** One per campaign and topic: a repeated one makes no second delivery (delivery ids are per event and endpoint). */
    public static CampaignMoved of(Topic topic, Instant at, String campaignId, String projectOwnerId, String from) {
        return new CampaignMoved(EventId.derive("campaign", campaignId, topic.value()), topic, at, campaignId,
                projectOwnerId, from);
    }

    /** No BSP made it. */
    @Override
    public Bsp bsp() {
        return null;
    }

    @Override
    public Topic neutralTopic() {
        return bspTopic;
    }

    @Override
    public String projectReference() {
        return projectOwnerId;
    }

    @Override
    public List<Topic> topics() {
        return List.of(bspTopic);
    }
}
