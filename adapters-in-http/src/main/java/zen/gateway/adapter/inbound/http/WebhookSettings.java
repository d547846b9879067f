package zen.gateway.adapter.inbound.http;

import java.util.Map;
import zen.gateway.domain.event.Bsp;

/**
 * How the webhook endpoints behave at the door.
 *
 * @param maxBodyBytes    bodies above this are answered 413 without being read further
 * @param publicBaseUrl   the URL BSPs call, as configured at the BSP (e.g. {@code https://hooks.example.com}),
 *                        when a proxy rewrites it on the way in; null to use the URL as the gateway sees it.
 *                        Twilio signs the full URL, so it must be exact.
 * @param rateLimits      per-source limits; a source without one is not limited (BSPs that retry slowly should not)
 * @param metaVerifyToken the token Meta's subscription handshake must present; null refuses every handshake
 */
public record WebhookSettings(int maxBodyBytes, String publicBaseUrl, Map<Bsp, RateLimit> rateLimits, String metaVerifyToken) {
    public WebhookSettings {
        rateLimits = Map.copyOf(rateLimits);
        if (publicBaseUrl != null && publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
        }
    }
}
