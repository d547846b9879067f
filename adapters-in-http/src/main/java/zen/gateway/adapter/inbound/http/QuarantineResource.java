package zen.gateway.adapter.inbound.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import zen.gateway.application.port.inbound.quarantine.InspectQuarantineQuery;

/**
 * Unusable input, newest first, for a person to look at: why it was refused, where it came from, and the body
 * (as text when it is UTF-8, else Base64). Admin keys only: the bodies are every project's, and every source's.
 */
@Path("/api/v1/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public final class QuarantineResource {

    private static final int MAX_SHOWN_BODY = 64 * 1024;

    private final InspectQuarantineQuery quarantine;

    public QuarantineResource(InspectQuarantineQuery quarantine) {
        this.quarantine = quarantine;
    }

    @GET
    @RolesAllowed(Scopes.ADMIN)
    public Map<String, Object> newest(@QueryParam("limit") String limit) {
        InspectQuarantineQuery.Entries entries = quarantine.newest(QueryParams.limit(limit));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", entries.total());
        body.put("items", entries.newest().stream().map(QuarantineResource::view).toList());
        return body;
    }

    private static Map<String, Object> view(InspectQuarantineQuery.Entry input) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", input.id());
        view.put("source", input.source());
        view.put("reason", input.reason());
        view.put("received_at", input.receivedAt().toString());
        view.put("size", input.body().length);
        byte[] shown = input.body().length > MAX_SHOWN_BODY ? Arrays.copyOf(input.body(), MAX_SHOWN_BODY) : input.body();
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            view.put("body", decoder.decode(ByteBuffer.wrap(shown)).toString());
        } catch (CharacterCodingException notText) {
            view.put("body_base64", Base64.getEncoder().encodeToString(shown));
        }
        return view;
    }
}
