package zen.gateway.application.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.campaigns.SenderReach;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.send.Sender;

/**
 * How many new recipients a campaign may hand out now under its sender's messaging limit (Meta's tier: different
 * people per rolling 24 h): the limit less the people the sender's template sends reached in the last 24 h, counted
 * in the store, so nodes and restarts agree. Each recipient handed out takes one place of the room, even one the
 * sender reached earlier that day (who takes no new place in Meta's count): a campaign stops early, never late.
 * Nodes handing out at the same moment may each use the same room: the overshoot is at most one batch per node.
 * Thread-safe.
 */
final class MessagingLimits {

    static final Duration WINDOW = Duration.ofHours(24);

    private final SenderStore senders;
    private final SenderReach reach;
    private final Clock clock;

    MessagingLimits(SenderStore senders, SenderReach reach, Clock clock) {
        this.senders = senders;
        this.reach = reach;
        this.clock = clock;
    }

    /** {@link Integer#MAX_VALUE} for a sender without a limit (or none: the send use case says so itself). */
    int room(Campaign campaign) {
        Optional<Sender> sender = senderOf(campaign);
        Integer limit = sender.map(Sender::dailyUniqueRecipientsLimit).orElse(null);
        if (limit == null) {
            return Integer.MAX_VALUE;
        }
        long reached = reach.recipientsReached(sender.get().id(), clock.instant().minus(WINDOW));
        return (int) Math.max(0, limit - reached);
    }

    /** The sender the send use case picks for the campaign's sends: its {@code from}, else the project's default. */
    private Optional<Sender> senderOf(Campaign campaign) {
        List<Sender> all = senders.ofProject(campaign.projectOwnerId());
        if (campaign.from() == null) {
            return all.stream().filter(Sender::isDefault).findFirst().or(() -> all.stream().findFirst());
        }
        return all.stream().filter(s -> s.businessNumber().equals(campaign.from())).findFirst();
    }
}
