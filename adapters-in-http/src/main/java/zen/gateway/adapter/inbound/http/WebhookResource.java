package zen.gateway.adapter.inbound.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import zen.gateway.application.port.inbound.IngestResult;
import zen.gateway.application.port.inbound.IngestWebhookCommand;
import zen.gateway.application.port.inbound.IngestWebhookUseCase;
import zen.gateway.domain.event.Bsp;

/**
 * BSP webhooks: {@code POST /webhook/{bsp}} and the legacy paths of the deployment this replaces, plus Meta's
 * subscription handshake. The answer waits for durability without holding a server thread (the request is
 * suspended until the queue confirms), which is what lets many requests share one commit or one broker confirm.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhookResource {

    /**
     * Writes the answers. Durability futures complete on the queue's own thread (the group-commit writer, the
     * broker's confirm listener); answering there would make that thread serialize and write every response of a
     * group before it can commit the next one. A virtual thread per answer costs next to nothing.
     */
    private static final Executor ANSWERS = Executors.newVirtualThreadPerTaskExecutor();

    private final IngestWebhookUseCase ingest;
    private final WebhookSettings settings;
    private final Map<Bsp, TokenBucket> buckets = new EnumMap<>(Bsp.class);

    public WebhookResource(IngestWebhookUseCase ingest, WebhookSettings settings) {
        this.ingest = ingest;
        this.settings = settings;
        settings.rateLimits().forEach((bsp, limit) -> buckets.put(bsp, new TokenBucket(limit, System.nanoTime())));
    }

    @POST
    @Path("webhook/{bsp}")
    public void webhook(@PathParam("bsp") String bsp, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context HttpServletRequest request, InputStream body, @Suspended AsyncResponse response) {
        Optional<Bsp> known = Bsp.fromId(bsp.toLowerCase(Locale.ROOT));
        if (known.isEmpty()) {
            response.resume(afterDraining(body, ApiError.of(404, "unknown BSP '" + bsp + "'",
                    Map.of("known", List.of("datagen", "karix", "aisensy", "meta", "twilio", "gupshup")))));
            return;
        }
        accept(known.get(), headers, uri, request, body, response);
    }

    @POST
    @Path("datagen-webhook")
    public void legacyDatagen(@Context HttpHeaders headers, @Context UriInfo uri, @Context HttpServletRequest request,
            InputStream body, @Suspended AsyncResponse response) {
        accept(Bsp.DATAGEN, headers, uri, request, body, response);
    }

    @POST
    @Path("partner-webhook")
    public void legacyPartner(@Context HttpHeaders headers, @Context UriInfo uri, @Context HttpServletRequest request,
            InputStream body, @Suspended AsyncResponse response) {
        accept(Bsp.AISENSY, headers, uri, request, body, response);
    }

    /** Meta's subscription check: echo the challenge when the verify token matches, as plain text. */
    @GET
    @Path("webhook/meta")
    @Produces(MediaType.TEXT_PLAIN)
    public Response metaHandshake(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        String expected = settings.metaVerifyToken();
        boolean matches = expected != null && token != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !matches || challenge == null) {
            return ApiError.of(403, expected == null
                    ? "no Meta verify token is configured (ZEN_META_VERIFY_TOKEN)"
                    : "hub.mode must be subscribe and hub.verify_token must match");
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN_TYPE).build();
    }

    private void accept(Bsp bsp, HttpHeaders headers, UriInfo uri, HttpServletRequest request, InputStream body,
            AsyncResponse response) {
        TokenBucket bucket = buckets.get(bsp);
        Optional<Duration> wait = bucket == null ? Optional.empty() : bucket.take(System.nanoTime());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.resume(afterDraining(body, Response.fromResponse(
                    ApiError.of(429, "too many webhooks from " + bsp.id() + "; retry later"))
                    .header("Retry-After", Long.toString(seconds)).build()));
            return;
        }
        byte[] bytes;
        try {
            bytes = readAtMost(body, settings.maxBodyBytes());
        } catch (IOException e) {
            response.resume(closingConnection(ApiError.of(400, "could not read the request body: " + e.getMessage())));
            return;
        }
        if (bytes == null) {
            response.resume(closingConnection(ApiError.of(413, "body larger than " + settings.maxBodyBytes() + " bytes")));
            return;
        }
        if (bytes.length == 0) {
            response.resume(ApiError.of(400, "empty body"));
            return;
        }
        IngestWebhookCommand command = new IngestWebhookCommand(bsp, allHeaders(headers), bytes, publicUrl(uri),
                request.getRemoteAddr());
        ingest.ingest(command).whenCompleteAsync((result, failure) -> response.resume(failure != null
                ? ApiError.of(503, "the gateway could not take the webhook now; retry")
                : answer(result)), ANSWERS);
    }

    private String publicUrl(UriInfo uri) {
        if (settings.publicBaseUrl() == null) {
            return uri.getRequestUri().toString();
        }
        String query = uri.getRequestUri().getRawQuery();
        return settings.publicBaseUrl() + "/" + uri.getPath(false) + (query == null ? "" : "?" + query);
    }

    private static Response answer(IngestResult result) {
        return switch (result) {
            case IngestResult.Accepted accepted -> Response.ok(Map.of(
                    "status", 200, "message", "accepted", "id", accepted.envelopeId(), "events", accepted.events())).build();
            case IngestResult.Quarantined kept -> Response.status(202).entity(Map.of(
                    "status", 202, "message", "payload shape not recognized; kept in quarantine for inspection",
                    "id", kept.quarantineId(), "reason", kept.reason())).build();
            case IngestResult.Rejected rejected -> ApiError.of(400, rejected.reason(), Map.of("id", rejected.quarantineId()));
            case IngestResult.Unauthorized refused -> ApiError.of(401, "verification failed: " + refused.reason());
            case IngestResult.Unavailable unavailable -> ApiError.of(503, unavailable.reason());
        };
    }

    private static Map<String, String> allHeaders(HttpHeaders headers) {
        Map<String, String> all = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                all.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        return all;
    }

    /**
     * Reads and drops the body of a request answered without it, so the connection can carry the next request.
     * Left unread, Jetty closes the connection after the answer is already committed, without a
     * {@code Connection: close} header; a client that pooled it then sees its next request fail with no answer.
     */
    private Response afterDraining(InputStream body, Response answer) {
        try {
            return readAtMost(body, settings.maxBodyBytes()) == null ? closingConnection(answer) : answer;
        } catch (IOException e) {
            return closingConnection(answer);
        }
    }

    /** The rest of the body stays unread, so the connection cannot be reused; say so rather than just closing it. */
    private static Response closingConnection(Response answer) {
        return Response.fromResponse(answer).header("Connection", "close").build();
    }

    /** The body, or null when it is longer than {@code limit}: never buffers more than the limit. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
