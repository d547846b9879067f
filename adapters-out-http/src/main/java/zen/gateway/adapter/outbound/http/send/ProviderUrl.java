package zen.gateway.adapter.outbound.http.send;

import java.net.URI;

/**
 * A provider's documented URL, where an account's base URL may replace the scheme, host and port, never the path:
 * a sandbox, a reseller or a stand-in serves the same API at the same path.
 */
final class ProviderUrl {

    private ProviderUrl() {}

    /** {@code path} starts with {@code /}; its segments taken from credentials were checked to need no escaping. */
    static URI of(URI documentedBase, URI accountBase, String path) {
        URI base = accountBase != null ? accountBase : documentedBase;
        String port = base.getPort() == -1 ? "" : ":" + base.getPort();
        return URI.create(base.getScheme() + "://" + base.getHost() + port + path); // getHost keeps IPv6 brackets
    }
}
