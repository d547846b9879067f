package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zen.gateway.adapter.outbound.http.Sends.json;
import static zen.gateway.adapter.outbound.http.Sends.loopbackAllowed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.domain.delivery.AttemptOutcome;

/**
 * The incident: a receiver answering 200 after 12 s, 300 events for it, and another project's healthy receiver
 * whose deliveries then waited a minute behind them. Real scale, default limits; only the wait budget is longer
 * than its default, so that the slow receiver's excess is still waiting while the healthy one is measured.
 */
class EndpointIsolationTest {

    private static final Duration SLOW_ANSWER = Duration.ofSeconds(12);
    private static final int SENDS_TO_SLOW = 300;
    private static final int HEALTHY_SENDS = 20;
    private static final int SHARE = HttpSenderSettings.DEFAULT_MAX_IN_FLIGHT_PER_ENDPOINT;

    private final CustomerEndpoint slow = CustomerEndpoint.start();
    private final CustomerEndpoint healthy = CustomerEndpoint.start();
    private final HttpForwarding forwarding =
            HttpForwarding.start(loopbackAllowed().withEndpointShare(SHARE, Duration.ofSeconds(5)));

    @AfterEach
    void stop() {
        forwarding.close();
        slow.close();
        healthy.close();
    }

    @Test
    void aSlowReceiverTakesOnlyItsShareAndAHealthyOneKeepsItsLatency() {
        slow.answerAfter(SLOW_ANSWER);
        Duration normal = slowestOf(HEALTHY_SENDS);

        List<CompletableFuture<SendResult>> toSlow = new ArrayList<>();
        for (int i = 0; i < SENDS_TO_SLOW; i++) {
            toSlow.add(forwarding.sender().send(json(slow.url("/hook"))));
        }
        await().atMost(Duration.ofSeconds(Sends.DEADLINE_SECONDS)).untilAsserted(() -> {
            assertThat(slow.handling).hasValue(SHARE);
            assertThat(forwarding.waiting()).isEqualTo(SENDS_TO_SLOW - SHARE);
        });
        Duration underLoad = slowestOf(HEALTHY_SENDS);

        // Generous for a loaded 2-core machine, and still a small fraction of the 12 s the slow one takes.
        assertThat(underLoad).isLessThan(normal.multipliedBy(10).plusMillis(500));
        assertThat(toSlow).noneMatch(CompletableFuture::isDone);
        assertThat(forwarding.inFlight()).isEqualTo(SHARE);

        // The excess is put off unattempted when the budget runs out, long before the slow answers come.
        await().atMost(Duration.ofSeconds(Sends.DEADLINE_SECONDS)).until(
                () -> toSlow.stream().filter(CompletableFuture::isDone).count() == SENDS_TO_SLOW - SHARE);
        assertThat(toSlow).filteredOn(CompletableFuture::isDone)
                .allSatisfy(putOff -> assertThat(Sends.result(putOff)).isInstanceOf(SendResult.CircuitOpen.class));
        assertThat(slow.requests).hasValue(SHARE);
        assertThat(slow.mostHandledAtOnce).hasValue(SHARE);

        slow.releaseHeld();
        assertThat(toSlow).filteredOn(sent -> Sends.result(sent) instanceof SendResult.Attempted).hasSize(SHARE)
                .allSatisfy(sent -> assertThat(Sends.attempted(sent).outcome())
                        .isEqualTo(AttemptOutcome.Responded.status(200)));
    }

    /** Sends one after another to the healthy receiver, as its project's deliveries would go, and times each. */
    private Duration slowestOf(int sends) {
        Duration slowest = Duration.ZERO;
        for (int i = 0; i < sends; i++) {
            long started = System.nanoTime();
            assertThat(Sends.attempted(forwarding.sender().send(json(healthy.url("/hook")))).outcome())
                    .isEqualTo(AttemptOutcome.Responded.status(200));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
        }
        return slowest;
    }
}
