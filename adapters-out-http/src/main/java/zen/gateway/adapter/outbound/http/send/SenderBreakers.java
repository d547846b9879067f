package zen.gateway.adapter.outbound.http.send;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/**
 * One resilience4j breaker per sender account: an answer that blocks the sender (credentials, billing, quality or
 * policy: {@code Rejected} of kind {@code SENDER_BLOCKED}) opens it at once, and while it is open that sender's sends
 * end as {@code NotSent} without a request (the caller queues them again). After {@code openFor} one trial send
 * goes out. The key includes a digest of the credentials, so new credentials get a closed breaker. Thread-safe.
 */
final class SenderBreakers {

    private final CircuitBreakerRegistry registry;
    private final Duration openFor;

    SenderBreakers(Duration openFor) {
        this.openFor = openFor;
        // a window of one call with a 100 % threshold: the first blocking answer opens the breaker
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindow(1, 1, SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof SenderBlocked)
                .build());
    }

    BspSendClient guard(BspSendClient client) {
        return new Guarded(client);
    }

    /** Stands for a blocking answer in the breaker's record; never thrown to anyone. */
    private static final class SenderBlocked extends RuntimeException {
        SenderBlocked() {
            super(null, null, false, false);
        }
    }

    private final class Guarded implements BspSendClient {
        private final BspSendClient client;

        Guarded(BspSendClient client) {
            this.client = client;
        }

        @Override
        public SendProvider provider() {
            return client.provider();
        }

        @Override
        public CompletableFuture<SendOutcome> send(SenderAccount account, OutgoingMessage message) {
            CircuitBreaker breaker = registry.circuitBreaker(key(account));
            if (!breaker.tryAcquirePermission()) {
                return CompletableFuture.completedFuture(new SendOutcome.NotSent("the sender's breaker is open after its "
                        + "provider refused the sender (credentials, billing or policy); tried again within " + openFor));
            }
            long start = System.nanoTime();
            return client.send(account, message).whenComplete((outcome, error) -> {
                long took = System.nanoTime() - start;
                if (outcome instanceof SendOutcome.Rejected r && r.kind() == SendOutcome.Rejected.Kind.SENDER_BLOCKED) {
                    breaker.onError(took, TimeUnit.NANOSECONDS, new SenderBlocked());
                } else {
                    breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                }
            });
        }

        @Override
        public List<String> credentialProblems(Map<String, String> credentials) {
            return client.credentialProblems(credentials);
        }
    }

    private static String key(SenderAccount account) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(new TreeMap<>(account.credentials())).getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(account.baseUrl()).getBytes(StandardCharsets.UTF_8));
            return account.provider().id() + "|" + account.businessNumber() + "|"
                    + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
