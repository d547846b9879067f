package zen.gateway.adapter.outbound.http.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/**
 * A BSP's send API on loopback (the JDK's own HTTP server), for tests here and in other modules. It checks each
 * request against the provider's doc in {@code bsp/send/} and answers, in the provider's own shapes: the credential
 * error for wrong credentials, a 400 naming every problem for a request the doc would not accept, otherwise the
 * next scripted answer, or the documented success. Every request is recorded with the problems found.
 *
 * <pre>{@code
 * try (MetaStandIn meta = MetaStandIn.start()) {
 *     SenderAccount account = meta.account("+15550001111");   // valid credentials, base URL = the stand-in
 *     meta.throttleNext(Duration.ofSeconds(5));
 *     ... send, then assert on meta.lastRequest() and its problems()
 * }
 * }</pre>
 * Thread-safe.
 */
public abstract class BspStandIn implements AutoCloseable {

    /** A hung answer waits at most this long, so that a failing test cannot leave threads behind for long. */
    private static final long HANG_LIMIT_SECONDS = 60;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch hungReleased = new CountDownLatch(1);
    private final Queue<StandInAnswer> scripted = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Queue<HeldReply> held = new ConcurrentLinkedQueue<>();
    /** The scripted answer that stands for the next held reply; told apart by identity. */
    private final StandInAnswer holdMarker = StandInAnswer.of(0, "text/plain", "held");

    protected BspStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
    }

    /** Called by each stand-in's {@code start()} once it is fully built, so no request meets half a stand-in. */
    protected final void listen() {
        server.createContext("/", this::handle);
        server.start();
    }

    public abstract SendProvider provider();

    /** Credentials this stand-in accepts. */
    public abstract Map<String, String> credentials();

    /** {@code http://127.0.0.1:<port>}: scheme, host and port only, as an account's base URL takes it. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** An account that sends here with valid credentials. */
    public SenderAccount account(String businessNumber) {
        return new SenderAccount(provider(), businessNumber, credentials(), baseUrl());
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("the " + provider().id() + " stand-in received no request");
        }
        return requests.get(requests.size() - 1);
    }

    /** The next valid request gets this answer instead of the documented success; answers queue up in order. */
    public void answerNext(StandInAnswer answer) {
        scripted.add(answer);
    }

    /** The next valid request is read and never answered (see {@link StandInAnswer#hang()}). */
    public void hangNext() {
        answerNext(StandInAnswer.hang());
    }

    /**
     * The next valid request gets its documented success only once the returned reply is released: a reply slow
     * enough for the provider's first status webhook to overtake it.
     */
    public HeldReply holdNext() {
        HeldReply reply = new HeldReply();
        held.add(reply);
        answerNext(holdMarker);
        return reply;
    }

    /** The provider's documented throttling answer; with a {@code Retry-After} unless {@code retryAfter} is null. */
    public abstract void throttleNext(Duration retryAfter);

    /** The provider's documented (or, where it documents none, a plain) server error. */
    public abstract void serverErrorNext();

    /** Lets every hung answer end (its connection closes without an answer). */
    public void releaseHung() {
        hungReleased.countDown();
    }

    @Override
    public void close() {
        releaseHung();
        server.stop(0);
        handlers.shutdownNow();
    }

    /** Whether the request carries this stand-in's credentials. */
    protected abstract boolean authorized(RecordedRequest request);

    /** The provider's answer to wrong or missing credentials. */
    protected abstract StandInAnswer unauthorized(RecordedRequest request);

    /** What the request does differently from the doc: method, path, headers, content type, body. */
    protected abstract List<String> problems(RecordedRequest request);

    /** The provider's answer to a request with these problems (a 400 in its error shape). */
    protected abstract StandInAnswer invalid(RecordedRequest request, List<String> problems);

    /** The documented success; {@code sequence} counts accepted messages from 1, for ids. */
    protected abstract StandInAnswer accepted(RecordedRequest request, int sequence);

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest received = read(exchange);
            List<String> problems = problemsOf(received);
            RecordedRequest recorded = received.withProblems(problems);
            requests.add(recorded);
            StandInAnswer answer = answerTo(recorded);
            if (answer == holdMarker) {
                answer = accepted(recorded, accepted.incrementAndGet());
                held.remove().hold(answer);
            }
            if (answer.hangs()) {
                awaitRelease();
                return;
            }
            write(exchange, answer);
        } catch (IOException clientWentAway) {
            // expected when a client gives up on a hung answer
        }
    }

    private StandInAnswer answerTo(RecordedRequest request) {
        if (!authorized(request)) {
            return unauthorized(request);
        }
        if (!request.problems().isEmpty()) {
            return invalid(request, request.problems());
        }
        StandInAnswer next = scripted.poll();
        return next != null ? next : accepted(request, accepted.incrementAndGet());
    }

    private List<String> problemsOf(RecordedRequest request) {
        try {
            return problems(request);
        } catch (RuntimeException bug) {
            return List.of("the stand-in failed to check the request: " + bug);
        }
    }

    private static RecordedRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        return new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body, List.of());
    }

    private static void write(HttpExchange exchange, StandInAnswer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitRelease() {
        try {
            hungReleased.await(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
