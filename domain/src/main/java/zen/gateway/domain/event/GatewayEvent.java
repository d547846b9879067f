package zen.gateway.domain.event;

import java.time.Instant;
import java.util.List;

/**
 * One normalized event from a BSP payload (a batch payload makes many), or one the gateway makes itself (a campaign
 * moved, {@link CampaignMoved}), forwarded the same way. Fields that a BSP does not send are null. Every event carries two topics: its BSP-specific one and a provider-neutral one.
 */
public sealed interface GatewayEvent permits StatusEvent, InboundMessage, BspNotice, CampaignMoved {

    EventId eventId();

    /** The BSP it came from; null for the gateway's own campaign events ({@link CampaignMoved}). */
    Bsp bsp();

    /** The BSP-specific topic, e.g. {@code datagen.delivery}. */
    Topic bspTopic();

    /** The provider-neutral topic, e.g. {@code message.status}. */
    Topic neutralTopic();

    Instant occurredAt();

    /** The business's own WhatsApp number (E.164 digits) or another key that identifies the business. */
    String businessNumber();

    /** A project named in the payload itself, when the sender put one there. */
    String projectReference();

    default List<Topic> topics() {
        return List.of(bspTopic(), neutralTopic());
    }

    /** Whether the event was started by a person rather than by a campaign; such events are processed first. */
    default boolean userInitiated() {
        return false;
    }
}
