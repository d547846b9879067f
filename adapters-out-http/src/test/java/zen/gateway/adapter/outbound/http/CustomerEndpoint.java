package zen.gateway.adapter.outbound.http;

import com.sun.net.httpserver.Headers;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A customer's webhook receiver on loopback (the JDK's own HTTP server), which answers as told and remembers
 * what it saw: requests, client connections, and how many requests it was handling at once.
 */
final class CustomerEndpoint implements AutoCloseable {

    @FunctionalInterface
    interface Answer {
        void write(HttpExchange exchange) throws IOException;
    }

    /** A held answer waits at most this long, so a failing test cannot leave threads behind for long. */
    private static final long HOLD_LIMIT_SECONDS = 60;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch held = new CountDownLatch(1);
    private volatile Answer answer = status(200, "ok");
    private volatile Duration holding;

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger handling = new AtomicInteger();
    final AtomicInteger mostHandledAtOnce = new AtomicInteger();
    final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    volatile String lastMethod;
    volatile Headers lastHeaders;
    volatile String lastBody;

    private CustomerEndpoint(InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    static CustomerEndpoint start() {
        try {
            return new CustomerEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On one address and port (0: any free one), to stand where a name may point. */
    static CustomerEndpoint startOn(String address, int port) throws IOException {
        return new CustomerEndpoint(new InetSocketAddress(InetAddress.getByName(address), port));
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void answer(Answer next) {
        this.answer = next;
    }

    /** From now on, hold every answer until {@link #releaseHeld()} (or the test ends). */
    void holdAnswers() {
        holding = Duration.ofSeconds(HOLD_LIMIT_SECONDS);
    }

    /** From now on, answer each request {@code delay} after it came, like a slow receiver (or on release). */
    void answerAfter(Duration delay) {
        holding = delay;
    }

    void awaitRelease() {
        awaitRelease(Duration.ofSeconds(HOLD_LIMIT_SECONDS));
    }

    private void awaitRelease(Duration atMost) {
        try {
            held.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void releaseHeld() {
        held.countDown();
    }

    static Answer status(int status, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    static Answer status(int status, String headerName, String headerValue) {
        return exchange -> {
            exchange.getResponseHeaders().add(headerName, headerValue);
            status(status, "").write(exchange);
        };
    }

    /**
     * {@link #handling} counts requests received and not yet answered. It drops before the first byte of the
     * answer leaves, so a client cannot start its next request while this one still counts.
     */
    private void handle(HttpExchange exchange) throws IOException {
        mostHandledAtOnce.accumulateAndGet(handling.incrementAndGet(), Math::max);
        boolean answering = false;
        try (exchange) {
            requests.incrementAndGet();
            clientPorts.add(exchange.getRemoteAddress().getPort());
            lastMethod = exchange.getRequestMethod();
            lastHeaders = exchange.getRequestHeaders();
            lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Duration hold = holding;
            if (hold != null) {
                awaitRelease(hold);
            }
            handling.decrementAndGet();
            answering = true;
            answer.write(exchange);
        } catch (IOException clientWentAway) {
            // Expected when the sender abandons an answer (timeout, truncation).
        } finally {
            if (!answering) {
                handling.decrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        releaseHeld();
        server.stop(0);
        handlers.shutdownNow();
    }
}
