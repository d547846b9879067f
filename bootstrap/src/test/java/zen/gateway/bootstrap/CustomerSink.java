package zen.gateway.bootstrap;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A customer's webhook endpoint on loopback: records every request it receives and answers from a script of
 * status codes per path (200 once the script is empty). Real HTTP, so the gateway's sender is exercised whole.
 */
final class CustomerSink implements AutoCloseable {

    record Received(String path, Map<String, List<String>> headers, byte[] body, Instant at) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** One scripted answer: a status and, when not null, a {@code Retry-After} in seconds. */
    private record Scripted(int status, Integer retryAfterSeconds) {}

    private final Map<String, Deque<Scripted>> scripts = new ConcurrentHashMap<>();

    CustomerSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
            Deque<Scripted> script = scripts.get(path);
            Scripted scripted;
            synchronized (this) {
                scripted = script == null || script.isEmpty() ? new Scripted(200, null) : script.poll();
            }
            int status = scripted.status();
            if (scripted.retryAfterSeconds() != null) {
                exchange.getResponseHeaders().add("Retry-After", scripted.retryAfterSeconds().toString());
            }
            byte[] answer = ("{\"ok\":" + (status < 300) + "}").getBytes();
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized void answer(String path, Integer... statuses) {
        for (Integer status : statuses) {
            scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Scripted(status, null));
        }
    }

    synchronized void answerRetryAfter(String path, int status, int retryAfterSeconds) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Scripted(status, retryAfterSeconds));
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
