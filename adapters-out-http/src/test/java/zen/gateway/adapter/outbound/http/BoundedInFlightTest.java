package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zen.gateway.adapter.outbound.http.Sends.attempted;
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

class BoundedInFlightTest {

    private static final int LIMIT = 3;
    private static final int SENDS = 10;

    private final CustomerEndpoint endpoint = CustomerEndpoint.start();
    /** Waiting sends must outlast the test's pauses: a budget far beyond them. */
    private final HttpForwarding forwarding = HttpForwarding.start(loopbackAllowed().withMaxInFlight(LIMIT)
            .withEndpointShare(HttpSenderSettings.DEFAULT_MAX_IN_FLIGHT_PER_ENDPOINT, Duration.ofMinutes(5)));

    @AfterEach
    void stop() {
        endpoint.close();
        forwarding.close();
    }

    @Test
    void neverHasMoreThanTheLimitOnTheWireAndQueuesTheRestWithoutBlockingTheCaller() {
        endpoint.holdAnswers();

        List<CompletableFuture<SendResult>> sent = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            sent.add(forwarding.sender().send(json(endpoint.url("/hook/" + i)))); // returns at once: no blocking
        }

        await().atMost(Duration.ofSeconds(Sends.DEADLINE_SECONDS)).untilAsserted(() -> {
            assertThat(endpoint.handling).hasValue(LIMIT);
            assertThat(forwarding.waiting()).isEqualTo(SENDS - LIMIT);
        });
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(Sends.DEADLINE_SECONDS))
                .untilAsserted(() -> assertThat(endpoint.handling.get()).isLessThanOrEqualTo(LIMIT));
        assertThat(forwarding.inFlight()).isEqualTo(LIMIT);
        assertThat(sent).noneMatch(CompletableFuture::isDone);

        endpoint.releaseHeld();

        sent.forEach(send -> assertThat(attempted(send).outcome()).isEqualTo(AttemptOutcome.Responded.status(200)));
        assertThat(endpoint.requests).hasValue(SENDS);
        assertThat(endpoint.mostHandledAtOnce).hasValue(LIMIT);
        assertThat(forwarding.inFlight()).isZero();
        assertThat(forwarding.waiting()).isZero();
    }
}
