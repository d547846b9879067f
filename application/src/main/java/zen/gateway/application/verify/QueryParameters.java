package zen.gateway.application.verify;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads one parameter of a URL's query. */
public final class QueryParameters {

    private QueryParameters() {}

    /** The decoded value of the first parameter with that name, {@code ""} when it has no value, or null. */
    public static String first(URI url, String name) {
        String query = url.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String decodedName = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                if (decodedName.equals(name)) {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException badEscape) {
                // a broken escape names no parameter anybody could have meant
            }
        }
        return null;
    }
}
