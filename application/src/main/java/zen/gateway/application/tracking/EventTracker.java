package zen.gateway.application.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.application.port.outbound.tracking.MessageUpdates;
import zen.gateway.application.projects.ProjectDirectory;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.TimeOrderedUuid;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.StatusObservation;

/**
 * The tracking step of processing: applies a batch's status events to their messages in one bulk call, and tells
 * which project each event belongs to. Idempotent, like the lifecycle it writes. Thread-safe.
 */
public final class EventTracker {

    /** An event and when the webhook that carried it arrived. */
    public record Arrival(GatewayEvent event, Instant receivedAt) {}

    private final MessageUpdates updates;
    private final MessageReads reads;
    private final ProjectDirectory projects;
    private final SendEchoes echoes;

    public EventTracker(MessageUpdates updates, MessageReads reads, ProjectDirectory projects) {
        this(updates, reads, projects, SendEchoes.NONE);
    }

    /** @param echoes told of every status that echoes one of our message ids, after the statuses are applied */
    public EventTracker(MessageUpdates updates, MessageReads reads, ProjectDirectory projects, SendEchoes echoes) {
        this.updates = updates;
        this.reads = reads;
        this.projects = projects;
        this.echoes = echoes;
    }

    /** Applies the status events and returns each event's project, in the arrivals' order (null where none is known). */
    public List<String> track(List<Arrival> arrivals) {
        List<String> projectOf = new ArrayList<>(arrivals.size());
        List<MessageUpdate> statusUpdates = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            String project = projectNamedBy(arrival.event()).orElse(null);
            projectOf.add(project);
            if (arrival.event() instanceof StatusEvent status) {
                statusUpdates.add(update(status, project, arrival.receivedAt()));
            }
        }
        updates.apply(statusUpdates);
        for (Arrival arrival : arrivals) {
            if (arrival.event() instanceof StatusEvent status && status.echo() != null) {
                echoes.echoed(status.echo(), status.wamid(), status.bspMessageId());
            }
        }
        for (int i = 0; i < arrivals.size(); i++) {
            if (projectOf.get(i) == null) {
                projectOf.set(i, projectOfTrackedMessage(arrivals.get(i).event()));
            }
        }
        return projectOf;
    }

    private Optional<String> projectNamedBy(GatewayEvent event) {
        if (event.projectReference() != null) {
            return Optional.of(event.projectReference());
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

    private static MessageUpdate update(StatusEvent status, String project, Instant receivedAt) {
        MessageDetails details = new MessageDetails(status.wamid(), status.bsp().id(), status.bspMessageId(),
                status.customerNumber(), status.businessNumber(), project, status.campaignId());
        StatusObservation observation = new StatusObservation(status.status(), status.bsp().id(), status.occurredAt(), receivedAt,
                status.eventId().value());
        return new MessageUpdate(TimeOrderedUuid.random(receivedAt.toEpochMilli()), details, observation, status.failure());
    }
}
