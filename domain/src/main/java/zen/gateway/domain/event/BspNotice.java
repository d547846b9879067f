package zen.gateway.domain.event;

import java.time.Instant;
import java.util.Objects;

/** Anything else a BSP tells the business (contact created, template approved...): forwarded, not tracked. */
public record BspNotice(
        EventId eventId,
        Bsp bsp,
        Topic bspTopic,
        Instant occurredAt,
        String businessNumber,
        String projectReference,
        String subject) implements GatewayEvent {

    public BspNotice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(bspTopic, "bspTopic");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public Topic neutralTopic() {
        return Topic.BSP_OTHER;
    }
}
