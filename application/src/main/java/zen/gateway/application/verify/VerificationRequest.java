package zen.gateway.application.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import zen.gateway.domain.event.Bsp;

/**
 * A webhook request as a verifier needs it.
 *
 * @param url the full public URL the BSP called (scheme, host, port, path and query, as configured at the BSP, not as
 *     rewritten by a proxy): Twilio signs it
 * @param headers header values by name; names are lower-cased here
 * @param body the raw body bytes exactly as received (not copied)
 * @param formParameters the decoded parameters of a form-encoded body, else empty; Twilio signs them
 * @param remoteAddress the address of the direct peer (an IP literal), or null when unknown
 * @param forwardedFor the {@code X-Forwarded-For} header value, or null
 */
public record VerificationRequest(
        // Everything a verifier may check, one component each; ingest builds it from the request.
        Bsp bsp,
        String method,
        String url,
        Map<String, String> headers,
        byte[] body,
        Map<String, List<String>> formParameters,
        String remoteAddress,
        String forwardedFor) {

    public VerificationRequest {
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Map<String, String> lowerCased = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    lowerCased.put(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        headers = Map.copyOf(lowerCased);
        body = body == null ? new byte[0] : body;
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (formParameters != null) {
            formParameters.forEach((name, values) -> parameters.put(name, List.copyOf(values)));
        }
        formParameters = Map.copyOf(parameters);
    }

    /** A header by name in any case, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
