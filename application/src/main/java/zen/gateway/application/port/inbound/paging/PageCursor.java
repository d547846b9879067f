package zen.gateway.application.port.inbound.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** A position in a newest-first listing, as the API hands it out: the (created at, id) of a page's last item. */
public record PageCursor(Instant createdAt, String id) {

    public PageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /** An opaque token for the API. */
    public String encode() {
        String plain = createdAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #encode}; a malformed token is an {@link IllegalArgumentException}. */
    public static PageCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return new PageCursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))), plain.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid cursor: " + token, e);
        }
    }
}
