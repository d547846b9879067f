package zen.gateway.bootstrap.crash;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A customer's endpoint that counts the deliveries of each Datagen mid, read from the forwarded body. */
final class MidSink implements AutoCloseable {

    private static final Pattern MID = Pattern.compile("\"mid\":\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Long> perMid = new ConcurrentHashMap<>();

    MidSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Matcher mid = MID.matcher(new String(exchange.getRequestBody().readAllBytes()));
            if (mid.find()) {
                perMid.merge(mid.group(1), 1L, Long::sum);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Set<String> mids() {
        return Set.copyOf(perMid.keySet());
    }

    /** Deliveries beyond the first, over every mid. */
    long duplicates() {
        return perMid.values().stream().mapToLong(n -> n - 1).sum();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
