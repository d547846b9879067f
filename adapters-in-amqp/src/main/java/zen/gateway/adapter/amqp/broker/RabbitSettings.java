package zen.gateway.adapter.amqp.broker;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import zen.gateway.domain.delivery.RetrySchedule;
import zen.gateway.domain.event.Bsp;

/**
 * How the RabbitMQ transport connects and shapes its queues. Build with {@link #builder(String)}; every value
 * not given keeps a default that suits the existing deployment. Immutable.
 *
 * @param uri               {@code amqp://user:pass@host:5672/vhost}
 * @param nameSuffix        appended to every queue name and connection name; empty in production, random in tests
 * @param connectionName    shown in the broker's connection list, before the connection's role
 * @param queueType         classic or quorum (quorum queues on RabbitMQ 3.10 have no priorities)
 * @param prioritizedBsps   inbound queues declared with {@code x-max-priority}
 * @param maxPriority       their {@code x-max-priority}
 * @param inboundPrefetch   unacknowledged broker messages per inbound queue consumer (each packs several envelopes)
 * @param inboundBatchSize  envelopes handed to the envelope handler at most per call
 * @param forwardingPrefetch unacknowledged forwarding messages in flight: the forwarding concurrency (a message is
 *                          one delivery, or up to 16 planned together for their first attempt)
 * @param packLinger        how long the first envelope of a pack waits for company before the pack is published
 * @param packMaxEnvelopes  envelopes per broker message at most
 * @param packMaxBytes      body bytes per broker message at most (a single larger envelope still goes alone)
 * @param confirmTimeout    a publish not confirmed within this fails (the webhook is answered 503)
 * @param handlerBackoff    wait before a batch whose handler failed is handed back to the broker
 * @param retrySchedule     the forwarding retry schedule: one delay queue per distinct nominal delay
 * @param delayResolution   the shortest delay queue; arbitrary waits are met to within half of it
 * @param recoveryInterval  wait between reconnection attempts after the broker went away
 * @param shutdownTimeout   how long closing waits for work in flight and outstanding confirms
 * @param nio               amqp-client's NIO mode. Off by default: it batches socket writes, which helped when
 *                          every webhook was its own broker message, but with envelopes packed there are few writes,
 *                          and blocking IO measured faster here (64 publishers: ~15-18k vs ~14k envelopes/s)
 * @param redriveOverdueAfter an unfinished delivery this overdue in the store is put back on the forwarding queue
 *                          (it was lost on its way there); zero switches that off
 */
public record RabbitSettings(
        // Twenty settings in one immutable value, each described above; callers build it with the builder, never positionally.
        URI uri,
        String nameSuffix,
        String connectionName,
        QueueType queueType,
        Set<Bsp> prioritizedBsps,
        int maxPriority,
        int inboundPrefetch,
        int inboundBatchSize,
        int forwardingPrefetch,
        Duration packLinger,
        int packMaxEnvelopes,
        int packMaxBytes,
        Duration confirmTimeout,
        Duration handlerBackoff,
        RetrySchedule retrySchedule,
        Duration delayResolution,
        Duration recoveryInterval,
        Duration shutdownTimeout,
        boolean nio,
        Duration redriveOverdueAfter) {

    public enum QueueType {
        CLASSIC("classic"),
        QUORUM("quorum");

        private final String argument;

        QueueType(String argument) {
            this.argument = argument;
        }

        String argument() {
            return argument;
        }
    }

    public RabbitSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(nameSuffix, "nameSuffix");
        Objects.requireNonNull(connectionName, "connectionName");
        Objects.requireNonNull(queueType, "queueType");
        prioritizedBsps = prioritizedBsps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(prioritizedBsps));
        Objects.requireNonNull(retrySchedule, "retrySchedule");
        if (!"amqp".equals(uri.getScheme()) && !"amqps".equals(uri.getScheme())) {
            throw new IllegalArgumentException("a RabbitMQ URI starts with amqp:// or amqps://, not " + uri.getScheme());
        }
        if (maxPriority < 1 || maxPriority > 255) {
            throw new IllegalArgumentException("maxPriority is 1 to 255");
        }
        positive(inboundPrefetch, "inboundPrefetch");
        positive(inboundBatchSize, "inboundBatchSize");
        positive(forwardingPrefetch, "forwardingPrefetch");
        positive(packMaxEnvelopes, "packMaxEnvelopes");
        positive(packMaxBytes, "packMaxBytes");
        notNegative(packLinger, "packLinger");
        positive(confirmTimeout, "confirmTimeout");
        notNegative(handlerBackoff, "handlerBackoff");
        positive(delayResolution, "delayResolution");
        positive(recoveryInterval, "recoveryInterval");
        notNegative(shutdownTimeout, "shutdownTimeout");
        notNegative(redriveOverdueAfter, "redriveOverdueAfter");
    }

    /** Without the password, which the URI may carry. */
    @Override
    public String toString() {
        String shown = uri.getUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo() + "@", "***@");
        return "RabbitSettings[uri=" + shown + ", nameSuffix=" + nameSuffix + ", queueType=" + queueType
                + ", prioritizedBsps=" + prioritizedBsps + ", inboundPrefetch=" + inboundPrefetch
                + ", forwardingPrefetch=" + forwardingPrefetch + ", packLinger=" + packLinger
                + ", packMaxEnvelopes=" + packMaxEnvelopes + ", retrySchedule=" + retrySchedule + "]";
    }

    public static Builder builder(String amqpUri) {
        return new Builder(URI.create(amqpUri));
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
    }

    /** Collects settings; not thread-safe. */
    public static final class Builder {
        private final URI uri;
        private String nameSuffix = "";
        private String connectionName = "zen-gateway";
        private QueueType queueType = QueueType.CLASSIC;
        private Set<Bsp> prioritizedBsps = EnumSet.of(Bsp.DATAGEN);
        private int maxPriority = 5;
        private int inboundPrefetch = 100;
        private int inboundBatchSize = 500;
        private int forwardingPrefetch = 1000;
        private Duration packLinger = Duration.ofMillis(1);
        private int packMaxEnvelopes = 64;
        private int packMaxBytes = 512 * 1024;
        private Duration confirmTimeout = Duration.ofSeconds(10);
        private Duration handlerBackoff = Duration.ofMillis(500);
        private RetrySchedule retrySchedule = RetrySchedule.legacyDefault();
        private Duration delayResolution = Duration.ofMillis(250);
        private Duration recoveryInterval = Duration.ofSeconds(1);
        private Duration shutdownTimeout = Duration.ofSeconds(10);
        private boolean nio = false;
        private Duration redriveOverdueAfter = Duration.ofMinutes(5);

        private Builder(URI uri) {
            this.uri = uri;
        }

        public Builder nameSuffix(String value) { this.nameSuffix = value; return this; }
        public Builder connectionName(String value) { this.connectionName = value; return this; }
        public Builder queueType(QueueType value) { this.queueType = value; return this; }
        public Builder prioritizedBsps(Set<Bsp> value) { this.prioritizedBsps = value; return this; }
        public Builder maxPriority(int value) { this.maxPriority = value; return this; }
        public Builder inboundPrefetch(int value) { this.inboundPrefetch = value; return this; }
        public Builder inboundBatchSize(int value) { this.inboundBatchSize = value; return this; }
        public Builder forwardingPrefetch(int value) { this.forwardingPrefetch = value; return this; }
        public Builder packLinger(Duration value) { this.packLinger = value; return this; }
        public Builder packMaxEnvelopes(int value) { this.packMaxEnvelopes = value; return this; }
        public Builder packMaxBytes(int value) { this.packMaxBytes = value; return this; }
        public Builder confirmTimeout(Duration value) { this.confirmTimeout = value; return this; }
        public Builder handlerBackoff(Duration value) { this.handlerBackoff = value; return this; }
        public Builder retrySchedule(RetrySchedule value) { this.retrySchedule = value; return this; }
        public Builder delayResolution(Duration value) { this.delayResolution = value; return this; }
        public Builder recoveryInterval(Duration value) { this.recoveryInterval = value; return this; }
        public Builder shutdownTimeout(Duration value) { this.shutdownTimeout = value; return this; }
        public Builder nio(boolean value) { this.nio = value; return this; }
        public Builder redriveOverdueAfter(Duration value) { this.redriveOverdueAfter = value; return this; }

        public RabbitSettings build() {
            return new RabbitSettings(uri, nameSuffix, connectionName, queueType, prioritizedBsps, maxPriority,
                    inboundPrefetch, inboundBatchSize, forwardingPrefetch, packLinger, packMaxEnvelopes, packMaxBytes,
                    confirmTimeout, handlerBackoff, retrySchedule, delayResolution, recoveryInterval, shutdownTimeout, nio,
                    redriveOverdueAfter);
        }
    }
}
