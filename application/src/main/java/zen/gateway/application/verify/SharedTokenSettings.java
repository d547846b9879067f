package zen.gateway.application.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A shared secret for sources that do not sign: the sender sends it in a header (optionally as
 * {@code Bearer <token>}) or as a query parameter of the configured URL.
 *
 * @param tokens the accepted tokens (several during a rotation); blanks are ignored
 * @param headerName the header that carries the token, or null to accept it only in the URL
 * @param queryParameter the query parameter that carries the token, or null to accept it only in a header
 */
public record SharedTokenSettings(List<String> tokens, String headerName, String queryParameter) {

    public static final String DEFAULT_HEADER = "authorization";
    public static final String DEFAULT_QUERY_PARAMETER = "token";

    public SharedTokenSettings {
        tokens = tokens == null ? List.of() : tokens.stream().filter(t -> t != null && !t.isBlank()).toList();
        headerName = headerName == null || headerName.isBlank() ? null : headerName.strip().toLowerCase(Locale.ROOT);
        queryParameter = queryParameter == null || queryParameter.isBlank() ? null : queryParameter.strip();
        if (headerName == null && queryParameter == null) {
            throw new IllegalArgumentException("a shared token needs a header or a query parameter to arrive in");
        }
    }

    /** The token in {@code Authorization} (as is or {@code Bearer <token>}) or in {@code ?token=}. */
    public static SharedTokenSettings of(String... tokens) {
        return new SharedTokenSettings(Arrays.asList(tokens), DEFAULT_HEADER, DEFAULT_QUERY_PARAMETER);
    }

    /** Tokens stay out of logs. */
    @Override
    public String toString() {
        return "SharedTokenSettings[tokens=" + tokens.size() + " configured, headerName=" + headerName
                + ", queryParameter=" + queryParameter + "]";
    }
}
