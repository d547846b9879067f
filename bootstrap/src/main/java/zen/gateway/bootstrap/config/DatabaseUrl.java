package zen.gateway.bootstrap.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code DATABASE_URL} in either form operators use: a JDBC URL, or the {@code postgres://user:pass@host/db}
 * form of hosting platforms, which JDBC does not understand.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public static DatabaseUrl parse(String raw) {
        if (raw.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(raw, null, null);
        }
        if (!raw.startsWith("postgres://") && !raw.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must start with jdbc:postgresql:, postgres:// or postgresql://");
        }
        URI uri = URI.create(raw);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
    }
}
