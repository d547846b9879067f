package zen.gateway.adapter.outbound.http;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;
import zen.gateway.application.port.outbound.forwarding.WebhookSender;

/**
 * Outbound webhook delivery, built from settings: the sender, the destination policy it applies (also for
 * checking URLs when endpoints are configured) and the control over its circuit breakers. Closing it closes
 * the sender. Thread-safe.
 *
 * <pre>{@code
 * HttpForwarding forwarding = HttpForwarding.start(HttpSenderSettings.defaults()
 *         .withAllowedNetworks(List.of("10.20.0.0/16")));
 * forwarding.sender().send(new OutboundRequest(url, headers, body));
 * }</pre>
 */
public final class HttpForwarding implements AutoCloseable {

    private final NetworkDestinationPolicy policy;
    private final UrlCircuitBreakers breakers;
    private final HttpWebhookSender sender;

    private HttpForwarding(HttpSenderSettings settings, HostResolver resolver) {
        PinningResolverProvider.requireInstalled(); // without it a checked name could be looked up again elsewhere
        Clock clock = Clock.systemUTC();
        List<Cidr> allowed = settings.allowedNetworks().stream().map(Cidr::parse).toList();
        this.policy = new NetworkDestinationPolicy(allowed, resolver);
        this.breakers = new UrlCircuitBreakers(settings, clock);
        this.sender = new HttpWebhookSender(settings, policy, breakers, exchangeExecutor(), lookupExecutor(), clock);
    }

    /**
     * Starts delivery. Fails when the JVM resolves names with another resolver than {@link PinningResolverProvider}
     * (a packaging that dropped its {@code META-INF/services} entry, or {@code jdk.net.hosts.file} set).
     */
    public static HttpForwarding start(HttpSenderSettings settings) {
        return new HttpForwarding(settings,
                new CachingHostResolver(HostResolver.SYSTEM, CachingHostResolver.DEFAULT_TTL, System::nanoTime));
    }

    static HttpForwarding start(HttpSenderSettings settings, HostResolver resolver) {
        return new HttpForwarding(settings, resolver);
    }

    public WebhookSender sender() {
        return sender;
    }

    public DestinationPolicy destinationPolicy() {
        return policy;
    }

    public CircuitBreakerControl circuitBreakers() {
        return breakers;
    }

    /** Requests on the wire now (for a gauge). */
    public int inFlight() {
        return sender.inFlight();
    }

    /** Sends waiting for room, in their endpoint's line or for a place on the wire (for a gauge). */
    public int waiting() {
        return sender.waiting();
    }

    @Override
    public void close() {
        sender.close();
    }

    /**
     * Runs the exchanges: the client's request writing and response handling, and what follows an attempt. None
     * of it blocks, so a few threads suffice, and few is faster: a busy thread takes the next task from the queue
     * without sleeping, where an unbounded pool handed each task to a parked thread and woke it, hundreds of
     * thread switches a second under load (measured: a quarter of the CPU per forwarded event).
     */
    private static ExecutorService exchangeExecutor() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, named("zen-webhook-sender-"));
    }

    /**
     * Runs the destination checks that look a name up, which may block on DNS for seconds: unbounded, so a slow
     * DNS server holds up only the sends to the names it is slow for. The in-flight limit bounds it.
     */
    private static ExecutorService lookupExecutor() {
        return Executors.newCachedThreadPool(named("zen-destination-lookup-"));
    }

    /** Daemon threads, so that a forgotten close cannot keep the JVM alive. */
    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
