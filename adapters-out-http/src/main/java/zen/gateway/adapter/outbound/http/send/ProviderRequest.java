package zen.gateway.adapter.outbound.http.send;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** One POST to a provider, as its API description builds it; the transport adds timeouts and the User-Agent. */
record ProviderRequest(URI url, Map<String, String> headers, byte[] body) {

    ProviderRequest {
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    static ProviderRequest json(URI url, Map<String, String> headers, String json) {
        return withContentType(url, headers, "application/json", json);
    }

    static ProviderRequest form(URI url, Map<String, String> headers, FormBody form) {
        return withContentType(url, headers, "application/x-www-form-urlencoded", form.encoded());
    }

    private static ProviderRequest withContentType(URI url, Map<String, String> headers, String type, String body) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", type);
        all.put("Accept", "application/json");
        return new ProviderRequest(url, all, body.getBytes(StandardCharsets.UTF_8));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
