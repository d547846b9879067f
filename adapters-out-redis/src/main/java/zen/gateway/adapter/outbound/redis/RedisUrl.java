package zen.gateway.adapter.outbound.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A {@code REDIS_URL} taken apart: {@code redis://[[user]:password@]host[:port][/database]}, or {@code rediss://}
 * for TLS. User and password may be percent-encoded (a password holding {@code @} or {@code /} must be).
 * Immutable.
 *
 * @param address  what Redisson connects to: scheme, host and port, without credentials
 * @param username empty when the URL names none (the default user)
 * @param password empty when the URL holds none
 * @param database the database index, 0 when the URL has no path
 */
record RedisUrl(String address, Optional<String> username, Optional<String> password, int database) {

    static final int DEFAULT_PORT = 6379;

    static RedisUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // The message of URISyntaxException quotes the input, password included.
            throw new IllegalArgumentException("not a Redis URL (redis://[:password@]host[:port][/database])");
        }
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://, not " + scheme);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the Redis URL names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the Redis URL has query parameters, which are not supported");
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        String address = scheme + "://" + uri.getHost() + ":" + port;
        Credentials credentials = Credentials.of(uri.getRawUserInfo());
        return new RedisUrl(address, credentials.username, credentials.password, database(uri.getRawPath()));
    }

    /** The URL without its password, fit for logs. */
    String redacted() {
        int hostStart = address.indexOf("://") + 3;
        String user = username.orElse("");
        String credentials = password.isPresent() ? user + ":***@" : user.isEmpty() ? "" : user + "@";
        return address.substring(0, hostStart) + credentials + address.substring(hostStart) + "/" + database;
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        try {
            int database = Integer.parseInt(path.substring(1));
            if (database >= 0) {
                return database;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the path of a Redis URL is the database index, not " + path);
    }

    private record Credentials(Optional<String> username, Optional<String> password) {

        /** {@code user:password}, {@code :password}, or a lone password as redis-cli and Lettuce read it. */
        static Credentials of(String rawUserInfo) {
            if (rawUserInfo == null || rawUserInfo.isEmpty()) {
                return new Credentials(Optional.empty(), Optional.empty());
            }
            int colon = rawUserInfo.indexOf(':');
            if (colon < 0) {
                return new Credentials(Optional.empty(), nonEmpty(decode(rawUserInfo)));
            }
            return new Credentials(nonEmpty(decode(rawUserInfo.substring(0, colon))),
                    nonEmpty(decode(rawUserInfo.substring(colon + 1))));
        }

        /** Percent-decoding only: in a URL a '+' is a plus, where URLDecoder would make it a space. */
        private static String decode(String raw) {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        private static Optional<String> nonEmpty(String value) {
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }
}
