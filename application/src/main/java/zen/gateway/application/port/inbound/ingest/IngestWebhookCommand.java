package zen.gateway.application.port.inbound.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import zen.gateway.domain.event.Bsp;

/**
 * A webhook as it arrived: the BSP whose path it came in on, every header (names lower-cased), the raw body, the
 * public URL the BSP called (what Twilio signs) and the direct peer's address (for IP allowlists).
 */
public record IngestWebhookCommand(Bsp bsp, Map<String, String> headers, byte[] body, String publicUrl, String remoteAddress) {

    public IngestWebhookCommand {
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(body, "body");
        Map<String, String> lowerCased = new LinkedHashMap<>();
        headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lowerCased);
    }

    /** A webhook whose origin does not matter (tests, tools): no URL, no peer address. */
    public IngestWebhookCommand(Bsp bsp, Map<String, String> headers, byte[] body) {
        this(bsp, headers, body, "http://localhost/webhook/" + bsp.id(), null);
    }
}
