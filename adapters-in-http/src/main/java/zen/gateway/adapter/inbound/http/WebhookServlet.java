package zen.gateway.adapter.inbound.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.inbound.ingest.IngestWebhookUseCase;
import zen.gateway.domain.event.Bsp;

/**
 * BSP webhooks: {@code POST /webhook/{bsp}} and the legacy paths of the deployment this replaces, plus Meta's
 * subscription handshake. A plain asynchronous servlet rather than a Jersey resource: this path takes the BSPs'
 * whole rate, and Jersey's per-request routing, injection and response pipeline cost as much CPU as the rest of
 * ingest together (JFR, {@code bench/RESULTS.md}). The answer waits for durability without holding a server
 * thread (the request is suspended until the queue confirms), which is what lets many requests share one commit
 * or one broker confirm.
 */
public final class WebhookServlet extends HttpServlet {

    /** The servlet mappings this servlet answers; every other path stays with Jersey. */
    public static final List<String> MAPPINGS = List.of("/webhook/*", "/datagen-webhook", "/partner-webhook");

    private static final Logger LOG = LoggerFactory.getLogger(WebhookServlet.class);

    /**
     * Writes the answers. Durability futures complete on the queue's own thread (the group-commit writer, the
     * broker's confirm listener); answering there would make that thread serialize and write every response of a
     * group before it can commit the next one. A virtual thread per answer costs next to nothing.
     */
    private static final Executor ANSWERS = Executors.newVirtualThreadPerTaskExecutor();

    /** Bodies up to this declared length are read into an array of their size (webhooks are a few KB). */
    private static final int PRESIZED_BODY_BYTES = 16 * 1024;

    private static final JsonAnswer UNKNOWN_PATH = JsonAnswer.error(404, "no webhook at this path",
            Map.of("paths", List.of("/webhook/{bsp}", "/datagen-webhook", "/partner-webhook")));

    private final transient IngestWebhookUseCase ingest;
    private final transient WebhookSettings settings;
    private final transient Map<Bsp, TokenBucket> buckets = new EnumMap<>(Bsp.class);

    public WebhookServlet(IngestWebhookUseCase ingest, WebhookSettings settings) {
        this.ingest = ingest;
        this.settings = settings;
        settings.rateLimits().forEach((bsp, limit) -> buckets.put(bsp, new TokenBucket(limit, System.nanoTime())));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "POST" -> post(request, response);
            case "GET" -> get(request, response);
            default -> afterDraining(request, JsonAnswer.error(405, "webhooks are POSTed")
                    .withHeader("Allow", isMetaPath(request) ? "GET, POST" : "POST")).writeTo(response);
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> named = bspNamedBy(request);
        if (named.isEmpty()) {
            afterDraining(request, UNKNOWN_PATH).writeTo(response);
            return;
        }
        Optional<Bsp> known = Bsp.fromId(named.get().toLowerCase(Locale.ROOT));
        if (known.isEmpty()) {
            afterDraining(request, JsonAnswer.error(404, "unknown BSP '" + named.get() + "'",
                    Map.of("known", List.of("datagen", "karix", "aisensy", "meta", "twilio", "gupshup"))))
                    .writeTo(response);
            return;
        }
        Bsp bsp = known.get();
        TokenBucket bucket = buckets.get(bsp);
        Optional<Duration> wait = bucket == null ? Optional.empty() : bucket.take(System.nanoTime());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            afterDraining(request, JsonAnswer.error(429, "too many webhooks from " + bsp.id() + "; retry later")
                    .withHeader("Retry-After", Long.toString(seconds))).writeTo(response);
            return;
        }
        byte[] body;
        try {
            body = readBody(request.getInputStream(), request.getContentLengthLong(), settings.maxBodyBytes());
        } catch (BodyReadDeadline.TooSlow e) {
            JsonAnswer.error(408, e.getMessage()).closingConnection().writeTo(response);
            return;
        } catch (IOException e) {
            JsonAnswer.error(400, "could not read the request body: " + e.getMessage()).closingConnection().writeTo(response);
            return;
        }
        if (body == null) {
            JsonAnswer.error(413, "body larger than " + settings.maxBodyBytes() + " bytes").closingConnection().writeTo(response);
            return;
        }
        if (body.length == 0) {
            JsonAnswer.error(400, "empty body").writeTo(response);
            return;
        }
        IngestWebhookCommand command = new IngestWebhookCommand(bsp, allHeaders(request), body, publicUrl(request),
                request.getRemoteAddr());
        AsyncContext async = request.startAsync();
        // the answer is written on another thread: it logs under the same request id
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        // the queue bounds the wait itself (a commit, a broker confirm timeout answered 503)
        async.setTimeout(0);
        try {
            ingest.ingest(command).whenCompleteAsync((result, failure) -> {
                try (var ignored = RequestIdFilter.inMdc(requestId)) {
                    logRefusal(bsp, result, failure);
                    answer(async, failure != null
                            ? JsonAnswer.error(503, "the gateway could not take the webhook now; retry")
                            : answerTo(result));
                }
            }, ANSWERS);
        } catch (RuntimeException e) {
            LOG.error("ingesting a {} webhook failed", bsp.id(), e);
            answer(async, JsonAnswer.error(500, "the gateway failed to take the webhook; retry"));
        }
    }

    /** Meta's subscription check: echo the challenge when the verify token matches, as plain text. */
    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isMetaPath(request)) {
            JsonAnswer.error(405, "webhooks are POSTed").withHeader("Allow", "POST").writeTo(response);
            return;
        }
        String expected = settings.metaVerifyToken();
        String token = request.getParameter("hub.verify_token");
        String challenge = request.getParameter("hub.challenge");
        boolean matches = expected != null && token != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(request.getParameter("hub.mode")) || !matches || challenge == null) {
            JsonAnswer.error(403, expected == null
                    ? "no Meta verify token is configured (ZEN_META_VERIFY_TOKEN)"
                    : "hub.mode must be subscribe and hub.verify_token must match").writeTo(response);
            return;
        }
        response.setStatus(200);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write(challenge.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(AsyncContext async, JsonAnswer answer) {
        try {
            answer.writeTo((HttpServletResponse) async.getResponse());
        } catch (IOException | IllegalStateException e) {
            // the BSP hung up before its answer; it retries, and the queue takes the repeat as a duplicate
            LOG.debug("could not answer a webhook", e);
        } finally {
            async.complete();
        }
    }

    /** What an operator needs to find a BSP's failing webhooks: one line per webhook not accepted, never the body. */
    private static void logRefusal(Bsp bsp, IngestResult result, Throwable failure) {
        switch (result) {
            case IngestResult.Accepted accepted -> { }
            case IngestResult.Quarantined kept -> LOG.info("a {} webhook of an unknown shape was kept in quarantine as {}: {}",
                    bsp.id(), kept.quarantineId(), kept.reason());
            case IngestResult.Rejected rejected -> LOG.info("a {} webhook was refused (400) and kept in quarantine as {}: {}",
                    bsp.id(), rejected.quarantineId(), rejected.reason());
            case IngestResult.Unauthorized refused -> LOG.info("a {} webhook failed verification (401): {}", bsp.id(), refused.reason());
            case IngestResult.Unavailable unavailable -> LOG.warn("a {} webhook was answered 503: {}", bsp.id(), unavailable.reason());
            case null -> LOG.warn("a {} webhook was answered 503", bsp.id(), failure);
        }
    }

    private static JsonAnswer answerTo(IngestResult result) {
        return switch (result) {
            case IngestResult.Accepted accepted -> JsonAnswer.of(200, Map.of(
                    "status", 200, "message", "accepted", "id", accepted.envelopeId(), "events", accepted.events()));
            case IngestResult.Quarantined kept -> JsonAnswer.of(202, Map.of(
                    "status", 202, "message", "payload shape not recognized; kept in quarantine for inspection",
                    "id", kept.quarantineId(), "reason", kept.reason()));
            case IngestResult.Rejected rejected -> JsonAnswer.error(400, rejected.reason(), Map.of("id", rejected.quarantineId()));
            case IngestResult.Unauthorized refused -> JsonAnswer.error(401, "verification failed: " + refused.reason());
            case IngestResult.Unavailable unavailable -> JsonAnswer.error(503, unavailable.reason());
        };
    }

    /** The BSP a POST names: {@code /webhook/{bsp}} (a trailing slash allowed), or the legacy path's own BSP. */
    private static Optional<String> bspNamedBy(HttpServletRequest request) {
        return switch (request.getServletPath()) {
            case "/datagen-webhook" -> Optional.of(Bsp.DATAGEN.id());
            case "/partner-webhook" -> Optional.of(Bsp.AISENSY.id());
            default -> {
                String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
                String segment = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
                yield segment.length() > 1 && segment.indexOf('/', 1) < 0 ? Optional.of(segment.substring(1)) : Optional.empty();
            }
        };
    }

    private static boolean isMetaPath(HttpServletRequest request) {
        return "/webhook".equals(request.getServletPath()) && bspNamedBy(request).filter(Bsp.META.id()::equals).isPresent();
    }

    /** The URL the BSP signed (Twilio signs it whole): as configured when a proxy rewrites it, else as received. */
    private String publicUrl(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        if (settings.publicBaseUrl() == null) {
            return request.getRequestURL() + query;
        }
        return settings.publicBaseUrl() + request.getRequestURI().substring(request.getContextPath().length()) + query;
    }

    private static Map<String, String> allHeaders(HttpServletRequest request) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            // names are matched ignoring case, and getHeaders gives every value of the name in one go
            List<String> values = Collections.list(request.getHeaders(name));
            if (!values.isEmpty()) {
                all.putIfAbsent(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        }
        return all;
    }

    /**
     * Reads and drops the body of a request answered without it, so the connection can carry the next request.
     * Left unread, Jetty closes the connection after the answer is already committed, without a
     * {@code Connection: close} header; a client that pooled it then sees its next request fail with no answer.
     */
    private JsonAnswer afterDraining(HttpServletRequest request, JsonAnswer answer) {
        try {
            return readAtMost(request.getInputStream(), settings.maxBodyBytes()) == null ? answer.closingConnection() : answer;
        } catch (IOException e) {
            return answer.closingConnection();
        }
    }

    /**
     * The body, or null when it is longer than {@code limit}. A small declared length sizes the array exactly:
     * reading to the end instead took a scratch buffer many times a webhook's size and a copy, per request. A
     * larger one is not trusted with an allocation before its bytes arrive (many requests declaring a megabyte
     * and sending nothing must not take a megabyte each), and is read as it comes.
     */
    static byte[] readBody(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            return null;
        }
        if (declaredLength < 0 || declaredLength > PRESIZED_BODY_BYTES) {
            return readAtMost(in, limit);
        }
        byte[] body = new byte[(int) declaredLength];
        int read = in.readNBytes(body, 0, body.length);
        if (read < body.length) {
            throw new EOFException("the body ended after " + read + " of its " + body.length + " bytes");
        }
        return body;
    }

    /** The body, or null when it is longer than {@code limit}: never buffers more than the limit. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
