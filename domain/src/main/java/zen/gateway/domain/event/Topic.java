package zen.gateway.domain.event;

import java.util.List;
import java.util.regex.Pattern;

/** A dot-separated event name such as {@code datagen.delivery} or {@code message.status}. */
public record Topic(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    public static final Topic MESSAGE_STATUS = new Topic("message.status");
    public static final Topic MESSAGE_INBOUND = new Topic("message.inbound");
    public static final Topic BSP_OTHER = new Topic("bsp.other");

    public Topic {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a topic: " + value + " (lower-case words separated by dots)");
        }
    }

    public static Topic of(String value) {
        return new Topic(value);
    }

    public List<String> segments() {
        return List.of(value.split("\\."));
    }

    @Override
    public String toString() {
        return value;
    }
}
