import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording of the gateway under load, as Markdown: CPU samples
 * (jdk.ExecutionSample) per thread group, the hottest frames (self), the gateway methods and the libraries that
 * hold the most samples on their stacks (inclusive), then the waits that CPU samples cannot show: SQL statements
 * (Jdbi's own JFR event) and fsyncs (jdk.FileForce), by total duration.
 *
 * <p>Run as a single-file program: {@code java bench/profile/JfrSummary.java recording.jfr [top]}.
 */
public final class JfrSummary {

    /** Libraries worth naming when they appear anywhere on a sampled stack: name, package prefix. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("H2 database", "org.h2.");
        LIBRARIES.put("Jdbi", "org.jdbi.");
        LIBRARIES.put("Jackson (JSON)", "com.fasterxml.jackson.");
        LIBRARIES.put("Jersey", "org.glassfish.jersey.");
        LIBRARIES.put("Jetty", "org.eclipse.jetty.");
        LIBRARIES.put("Logback (request log, logging)", "ch.qos.logback.");
        LIBRARIES.put("Dropwizard metrics", "com.codahale.metrics.");
        LIBRARIES.put("java.net.http (forwarding client)", "jdk.internal.net.http.");
        LIBRARIES.put("RabbitMQ client", "com.rabbitmq.");
        LIBRARIES.put("zen.gateway (all gateway code)", "zen.gateway.");
    }

    private final Map<String, Integer> byThreadGroup = new HashMap<>();
    private final Map<String, Integer> selfFrames = new HashMap<>();
    private final Map<String, Integer> gatewayInclusive = new HashMap<>();
    private final Map<String, Integer> libraryInclusive = new HashMap<>();
    private final Map<String, Duration> sqlTime = new HashMap<>();
    private final Map<String, Integer> sqlCount = new HashMap<>();
    private int samples;
    private int fsyncs;
    private Duration fsyncTime = Duration.ZERO;
    private Duration recorded = Duration.ZERO;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java JfrSummary.java recording.jfr [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        JfrSummary summary = new JfrSummary();
        summary.read(Path.of(args[0]));
        summary.print(top);
    }

    private void read(Path file) throws IOException {
        java.time.Instant first = null;
        java.time.Instant last = null;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (first == null || event.getStartTime().isBefore(first)) {
                    first = event.getStartTime();
                }
                if (last == null || event.getEndTime().isAfter(last)) {
                    last = event.getEndTime();
                }
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> sample(event);
                    case "jdk.FileForce" -> {
                        fsyncs++;
                        fsyncTime = fsyncTime.plus(event.getDuration());
                    }
                    case "jdbi.statement" -> statement(event);
                    default -> { }
                }
            }
        }
        if (first != null) {
            recorded = Duration.between(first, last);
        }
    }

    private void sample(RecordedEvent event) {
        samples++;
        RecordedThread thread = event.getThread("sampledThread");
        byThreadGroup.merge(threadGroup(thread == null ? "?" : thread.getJavaName()), 1, Integer::sum);
        if (event.getStackTrace() == null) {
            return;
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (frames.isEmpty()) {
            return;
        }
        selfFrames.merge(method(frames.get(0)), 1, Integer::sum);
        Set<String> gatewaySeen = new HashSet<>();
        Set<String> librariesSeen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = method(frame);
            if (method.startsWith("zen.gateway.") && !method.contains("$$Lambda")) {
                gatewaySeen.add(method);
            }
            LIBRARIES.forEach((name, prefix) -> {
                if (method.startsWith(prefix)) {
                    librariesSeen.add(name);
                }
            });
        }
        gatewaySeen.forEach(m -> gatewayInclusive.merge(m, 1, Integer::sum));
        librariesSeen.forEach(l -> libraryInclusive.merge(l, 1, Integer::sum));
    }

    private void statement(RecordedEvent event) {
        String sql = event.hasField("sql") ? event.getString("sql") : null;
        if (sql == null || sql.isBlank()) {
            sql = "(batch or unnamed statement)";
        }
        // the bound lists make every IN (...) distinct: cut them off so the same statement adds up
        String key = sql.replaceAll("\\(:__\\w+.*", "(…)").replaceAll("\\s+", " ");
        key = key.length() > 110 ? key.substring(0, 110) + "…" : key;
        sqlTime.merge(key, event.getDuration(), Duration::plus);
        sqlCount.merge(key, 1, Integer::sum);
    }

    /** Pool threads are named with a number; what matters is which pool. */
    private static String threadGroup(String name) {
        if (name.startsWith("dw-admin")) {
            return "dw-admin-* (admin port)";
        }
        if (name.startsWith("dw-")) {
            return "dw-* (Jetty request threads)";
        }
        return name.replaceAll("-\\d+$", "-*").replaceAll("@[0-9a-f]+.*", "");
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private void print(int top) {
        System.out.printf("JFR: %d execution samples (Java code on CPU) over %.1f s recorded.%n%n",
                samples, recorded.toMillis() / 1000.0);
        table("CPU samples by thread", byThreadGroup, top, Function.identity());
        table("Hottest frames (self time)", selfFrames, top, m -> "`" + m + "`");
        table("Libraries on the stack (inclusive)", libraryInclusive, top, Function.identity());
        table("Gateway methods on the stack (inclusive)", gatewayInclusive, top, m -> "`" + m + "`");
        if (!sqlTime.isEmpty()) {
            System.out.println("| SQL statement (Jdbi event, wall time) | count | total s |");
            System.out.println("|---|---:|---:|");
            sqlTime.entrySet().stream()
                    .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                    .limit(top)
                    .forEach(e -> System.out.printf("| `%s` | %d | %.2f |%n", e.getKey().replace("|", "\\|"),
                            sqlCount.get(e.getKey()), e.getValue().toMillis() / 1000.0));
            System.out.println();
        }
        System.out.printf("fsync (jdk.FileForce over the recording's threshold): %d calls, %.2f s in total.%n%n",
                fsyncs, fsyncTime.toMillis() / 1000.0);
    }

    private void table(String title, Map<String, Integer> counts, int top, Function<String, String> label) {
        System.out.println("| " + title + " | samples | % of samples |");
        System.out.println("|---|---:|---:|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("| %s | %d | %.1f |%n", label.apply(e.getKey()), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples)));
        System.out.println();
    }
}
