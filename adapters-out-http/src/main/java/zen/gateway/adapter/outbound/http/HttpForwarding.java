package zen.gateway.adapter.outbound.http;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.application.port.outbound.CircuitBreakerControl;
import zen.gateway.application.port.outbound.DestinationPolicy;
import zen.gateway.application.port.outbound.WebhookSender;

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
        Clock clock = Clock.systemUTC();
        List<Cidr> allowed = settings.allowedNetworks().stream().map(Cidr::parse).toList();
        this.policy = new NetworkDestinationPolicy(allowed, resolver);
        this.breakers = new UrlCircuitBreakers(settings, clock);
        this.sender = new HttpWebhookSender(settings, policy, breakers, newExecutor(), clock);
    }

    public static HttpForwarding start(HttpSenderSettings settings) {
        return new HttpForwarding(settings, HostResolver.SYSTEM);
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

    /** Sends waiting for a free in-flight slot (for a gauge). */
    public int waiting() {
        return sender.waiting();
    }

    @Override
    public void close() {
        sender.close();
    }

    /**
     * Runs the client's response handling and the policy's DNS lookups. Unbounded, but the in-flight limit bounds
     * how much work it ever holds; daemon threads so a forgotten close cannot keep the JVM alive.
     */
    private static ExecutorService newExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "zen-webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newCachedThreadPool(threads);
    }
}
