package zen.gateway.adapter.outbound.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the Redisson client. Redisson will not start while Redis cannot be reached, yet the gateway must start all
 * the same (degraded): so the first attempt is made at once and, while attempts fail, another is made every
 * reconnect interval in the background. Once a client exists, Redisson itself reconnects after an outage.
 * Thread-safe.
 */
final class RedisConnector implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnector.class);

    private final Supplier<RedissonClient> newClient;
    private final Consumer<RedissonClient> prepare;
    private final Runnable connected;
    private final Duration reconnectEvery;
    private final String target;
    private final ScheduledExecutorService attempts;
    private final Object lock = new Object();
    private volatile RedissonClient client;
    private ScheduledFuture<?> retrying; // guarded by lock
    private boolean closed; // guarded by lock

    /**
     * @param newClient      creates a client, or throws when Redis cannot be reached
     * @param prepare        readies a new client before anyone uses it (subscriptions); a throw discards the client
     * @param connected      told once the client is ready for use
     * @param reconnectEvery time between attempts while Redis cannot be reached
     * @param target         where Redis is, without credentials, for the logs
     */
    RedisConnector(Supplier<RedissonClient> newClient, Consumer<RedissonClient> prepare, Runnable connected,
            Duration reconnectEvery, String target) {
        this.newClient = newClient;
        this.prepare = prepare;
        this.connected = connected;
        this.reconnectEvery = reconnectEvery;
        this.target = target;
        this.attempts = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "zen-redis-connector");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Connects now if Redis answers; otherwise keeps trying in the background and returns at once. */
    void start() {
        synchronized (lock) {
            if (attempt()) {
                log.info("Using Redis at {}", target);
                return;
            }
            log.warn("Redis at {} cannot be reached; running degraded and trying again every {}", target,
                    reconnectEvery);
            long period = reconnectEvery.toMillis();
            retrying = attempts.scheduleWithFixedDelay(this::attemptInBackground, period, period,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The client, once connected; empty before and after {@link #close()}. */
    Optional<RedissonClient> client() {
        return Optional.ofNullable(client);
    }

    private void attemptInBackground() {
        synchronized (lock) {
            if (attempt()) {
                retrying.cancel(false);
                log.info("Redis at {} is reachable again", target);
            }
        }
    }

    /** True when there is a client now (made by this attempt or an earlier one), or when closed: stop trying. */
    private boolean attempt() {
        if (closed || client != null) {
            return true;
        }
        RedissonClient created;
        try {
            created = newClient.get();
        } catch (RuntimeException e) {
            log.debug("Connecting to Redis at {} failed", target, e);
            return false;
        }
        try {
            prepare.accept(created);
        } catch (RuntimeException e) {
            log.debug("Redis at {} went away while connecting", target, e);
            created.shutdown(0, 2, TimeUnit.SECONDS);
            return false;
        }
        client = created;
        connected.run();
        return true;
    }

    @Override
    public void close() {
        RedissonClient toShut;
        synchronized (lock) {
            closed = true;
            toShut = client;
            client = null;
        }
        attempts.shutdownNow();
        if (toShut != null) {
            // No quiet period: nothing may still be running on this client once the gateway is stopping.
            toShut.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
