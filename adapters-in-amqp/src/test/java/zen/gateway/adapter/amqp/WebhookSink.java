package zen.gateway.adapter.amqp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A customer endpoint on loopback: remembers every POST and answers each path with the status set for it
 * (200 unless told otherwise). Thread-safe.
 */
final class WebhookSink implements AutoCloseable {

    record Received(String path, String eventId, String attempt, Instant at, byte[] body) {}

    private final HttpServer server;
    private record Answer(int status, String retryAfterSeconds) {}

    private final Map<String, Answer> answerByPath = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                String path = exchange.getRequestURI().getPath();
                received.add(new Received(path, exchange.getRequestHeaders().getFirst("X-Event-ID"),
                        exchange.getRequestHeaders().getFirst("X-Attempt-Count"), Instant.now(), body));
                Answer answer = answerByPath.getOrDefault(path, new Answer(200, null));
                if (answer.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().add("Retry-After", answer.retryAfterSeconds());
                }
                exchange.sendResponseHeaders(answer.status(), -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void answer(String path, int status) {
        answerByPath.put(path, new Answer(status, null));
    }

    void answer(String path, int status, int retryAfterSeconds) {
        answerByPath.put(path, new Answer(status, Integer.toString(retryAfterSeconds)));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
