package zen.gateway.adapter.outbound.http;

import java.net.URI;
import java.util.Locale;

/**
 * Names the breaker of a URL: scheme, host, port and path, without user info, query or fragment. Endpoints
 * that differ only in their query hit the same server code, so they share its health; and keeping queries out
 * keeps the tokens customers put there out of breaker names, metrics and admin output.
 */
final class BreakerKey {

    private BreakerKey() {}

    /** For an absolute http(s) URL with a host (see {@link NetworkDestinationPolicy#malformation}). */
    static String of(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port + path;
    }
}
