package zen.gateway.adapter.outbound.http.send;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An {@code application/x-www-form-urlencoded} body, fields in the order added. Not thread-safe. */
final class FormBody {

    private final List<String> pairs = new ArrayList<>();

    FormBody add(String name, String value) {
        pairs.add(encode(name) + "=" + encode(value));
        return this;
    }

    String encoded() {
        return pairs.stream().collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
