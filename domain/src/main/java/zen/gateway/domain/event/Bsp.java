package zen.gateway.domain.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Business Service Providers the gateway takes webhooks from. The id is the path segment and topic prefix. */
public enum Bsp {
    DATAGEN,
    KARIX,
    AISENSY,
    META,
    TWILIO,
    GUPSHUP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Bsp> fromId(String id) {
        return Arrays.stream(values()).filter(b -> b.id().equals(id)).findFirst();
    }

    /** The BSP-specific topic for one kind of event, e.g. {@code datagen.delivery}. */
    public Topic topic(String kind) {
        return Topic.of(id() + "." + kind);
    }
}
