package zen.gateway.application.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.conversations.InboundMessageWrites;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.application.port.outbound.tracking.MessageUpdates;
import zen.gateway.application.projects.ProjectDirectory;
import zen.gateway.domain.conversation.ReceivedMessage;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.TimeOrderedUuid;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.StatusObservation;

/**
 * The tracking step of processing: applies a batch's status events to their messages in one bulk call, keeps its
 * inbound messages in another, and tells which project each event belongs to. Idempotent, like the lifecycle it
 * writes and the inbound store it fills. Thread-safe.
 */
public final class EventTracker {

    /** An event, when the webhook that carried it arrived, and whether its sender was verified. */
    public record Arrival(GatewayEvent event, Instant receivedAt, boolean verified) {}

    private final MessageUpdates updates;
    private final MessageReads reads;
    private final InboundMessageWrites inbound;
    private final ProjectDirectory projects;

    public EventTracker(MessageUpdates updates, MessageReads reads, InboundMessageWrites inbound, ProjectDirectory projects) {
        this.updates = updates;
        this.reads = reads;
        this.inbound = inbound;
        this.projects = projects;
    }

    /** Applies the status events and returns each event's project, in the arrivals' order (null where none is known). */
    public List<String> track(List<Arrival> arrivals) {
        List<String> projectOf = new ArrayList<>(arrivals.size());
        List<MessageUpdate> statusUpdates = new ArrayList<>();
        List<ReceivedMessage> received = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            String project = projectNamedBy(arrival.event(), arrival.verified()).orElse(null);
            projectOf.add(project);
            if (arrival.event() instanceof StatusEvent status) {
                statusUpdates.add(update(status, project, arrival.receivedAt()));
            } else if (arrival.event() instanceof InboundMessage message) {
                received.add(received(message, project, arrival.receivedAt()));
            }
        }
        updates.apply(statusUpdates);
        if (!received.isEmpty()) {
            inbound.keep(received);
        }
        for (int i = 0; i < arrivals.size(); i++) {
            if (projectOf.get(i) == null) {
                projectOf.set(i, projectOfTrackedMessage(arrivals.get(i).event()));
            }
        }
        return projectOf;
    }

    /**
     * A payload's own project reference is believed only from a verified sender, or when the project it names has
     * the business number mapped: otherwise anyone who can post an unverified webhook could aim events at any project.
     */
    private Optional<String> projectNamedBy(GatewayEvent event, boolean verified) {
        String reference = event.projectReference();
        if (reference != null && verified) {
            return Optional.of(reference);
        }
        return projects.projectOf(event.businessNumber());
    }

    /** A status for a message registered through the tracking API carries the project that call gave. */
    private String projectOfTrackedMessage(GatewayEvent event) {
        if (event instanceof StatusEvent status) {
            return reads.find(status.messageKey()).map(m -> m.details().projectOwnerId()).orElse(null);
        }
        return null;
    }

    private static ReceivedMessage received(InboundMessage m, String project, Instant receivedAt) {
        return new ReceivedMessage(m.messageKey(), m.bsp().id(), project, m.customerNumber(), m.businessNumber(),
                m.profileName(), m.contentType(), m.text(), m.mediaId(), m.mimeType(), m.replyTo(), m.occurredAt(), receivedAt);
    }

    private static MessageUpdate update(StatusEvent status, String project, Instant receivedAt) {
        MessageDetails details = new MessageDetails(status.wamid(), status.bsp().id(), status.bspMessageId(),
                status.customerNumber(), status.businessNumber(), project, status.campaignId());
        StatusObservation observation = new StatusObservation(status.status(), status.bsp().id(), status.occurredAt(), receivedAt,
                status.eventId().value());
        return new MessageUpdate(TimeOrderedUuid.random(receivedAt.toEpochMilli()), details, observation, status.failure());
    }
}
