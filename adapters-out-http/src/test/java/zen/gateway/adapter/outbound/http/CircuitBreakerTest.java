package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zen.gateway.adapter.outbound.http.CustomerEndpoint.status;
import static zen.gateway.adapter.outbound.http.Sends.attempt;
import static zen.gateway.adapter.outbound.http.Sends.json;
import static zen.gateway.adapter.outbound.http.Sends.loopbackAllowed;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.domain.delivery.AttemptOutcome;

class CircuitBreakerTest {

    private static final int THRESHOLD = 3;
    /** Long enough that a slow machine never sees a breaker half-open before the test looks at it. */
    private static final Duration OPEN_FOR = Duration.ofMinutes(10);
    private static final Duration SHORT_OPEN = Duration.ofSeconds(1);

    private final CustomerEndpoint endpoint = CustomerEndpoint.start();
    private final HttpForwarding forwarding =
            HttpForwarding.start(loopbackAllowed().withBreaker(THRESHOLD, OPEN_FOR, 2));
    private final URI hook = endpoint.url("/hook?token=secret");
    private final String breaker = "http://127.0.0.1:" + hook.getPort() + "/hook";

    @AfterEach
    void stop() {
        endpoint.close();
        forwarding.close();
    }

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresAndThenSendsNothing() {
        endpoint.answer(status(500, "down"));
        for (int i = 0; i < THRESHOLD - 1; i++) {
            attempt(forwarding.sender(), hook);
        }
        assertThat(forwarding.circuitBreakers().states()).containsEntry(breaker, "CLOSED");

        attempt(forwarding.sender(), hook);

        assertThat(forwarding.circuitBreakers().states()).isEqualTo(Map.of(breaker, "OPEN"));
        assertThat(forwarding.circuitBreakers().stateOf(hook + "?token=another")).isEqualTo("OPEN");
        assertThat(forwarding.circuitBreakers().stateOf("https://never-called.example.com/x")).isEqualTo("CLOSED");
        SendResult refused = Sends.result(forwarding.sender().send(json(hook)));
        assertThat(refused).isInstanceOfSatisfying(SendResult.CircuitOpen.class, open ->
                assertThat(open.retryIn()).isPositive().isLessThanOrEqualTo(OPEN_FOR));
        assertThat(endpoint.requests).hasValue(THRESHOLD);
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        for (int i = 0; i < 3; i++) {
            endpoint.answer(status(503, "busy"));
            for (int failure = 0; failure < THRESHOLD - 1; failure++) {
                attempt(forwarding.sender(), hook);
            }
            endpoint.answer(status(200, "ok"));
            attempt(forwarding.sender(), hook);
        }

        assertThat(forwarding.circuitBreakers().states()).containsEntry(breaker, "CLOSED");
    }

    @Test
    void halfOpensAfterTheOpenDurationAndClosesWhenTheTrialCallsSucceed() {
        try (HttpForwarding quick = HttpForwarding.start(loopbackAllowed().withBreaker(THRESHOLD, SHORT_OPEN, 2))) {
            endpoint.answer(status(500, "down"));
            for (int i = 0; i < THRESHOLD; i++) {
                attempt(quick.sender(), hook);
            }
            assertThat(quick.circuitBreakers().states()).containsEntry(breaker, "OPEN");
            endpoint.answer(status(200, "back"));

            await().atMost(Duration.ofSeconds(Sends.DEADLINE_SECONDS)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Sends.result(quick.sender().send(json(hook))) instanceof SendResult.Attempted);

            assertThat(quick.circuitBreakers().states()).containsEntry(breaker, "HALF_OPEN");
            assertThat(attempt(quick.sender(), hook).outcome()).isEqualTo(AttemptOutcome.Responded.status(200));
            assertThat(quick.circuitBreakers().states()).containsEntry(breaker, "CLOSED");
        }
    }

    @Test
    void opensWhenTheReceiverIsSlowAlthoughItAnswers200() {
        try (HttpForwarding strictAboutSlowness = HttpForwarding.start(loopbackAllowed()
                .withBreaker(THRESHOLD, OPEN_FOR, 1).withSlowCalls(Duration.ofMillis(100), 100))) {
            endpoint.answerAfter(Duration.ofMillis(300));
            for (int i = 0; i < THRESHOLD; i++) {
                assertThat(attempt(strictAboutSlowness.sender(), hook).outcome())
                        .isEqualTo(AttemptOutcome.Responded.status(200));
            }

            assertThat(strictAboutSlowness.circuitBreakers().states()).containsEntry(breaker, "OPEN");
            assertThat(Sends.result(strictAboutSlowness.sender().send(json(hook))))
                    .isInstanceOf(SendResult.CircuitOpen.class);
        }
    }

    @Test
    void clientErrorsAreNotFailuresOfTheReceiver() {
        endpoint.answer(status(400, "bad payload"));
        for (int i = 0; i < THRESHOLD * 2; i++) {
            assertThat(attempt(forwarding.sender(), hook).outcome()).isEqualTo(AttemptOutcome.Responded.status(400));
        }

        assertThat(forwarding.circuitBreakers().states()).containsEntry(breaker, "CLOSED");
    }

    @Test
    void connectionFailuresCountAsFailures() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/hook");
        }
        for (int i = 0; i < THRESHOLD; i++) {
            assertThat(attempt(forwarding.sender(), closed).outcome()).isInstanceOf(AttemptOutcome.ConnectionFailed.class);
        }

        assertThat(Sends.result(forwarding.sender().send(json(closed)))).isInstanceOf(SendResult.CircuitOpen.class);
    }

    @Test
    void refusalsByThePolicyAreNotCounted() {
        try (HttpForwarding strict = HttpForwarding.start(
                HttpSenderSettings.defaults().withBreaker(THRESHOLD, OPEN_FOR, 1))) {
            for (int i = 0; i < THRESHOLD * 2; i++) {
                assertThat(attempt(strict.sender(), hook).outcome()).isInstanceOf(AttemptOutcome.Refused.class);
            }

            assertThat(strict.circuitBreakers().states()).containsEntry(breaker, "CLOSED");
        }
    }

    @Test
    void anOperatorCanResetAnOpenBreakerByItsUrl() {
        endpoint.answer(status(502, "bad gateway"));
        for (int i = 0; i < THRESHOLD; i++) {
            attempt(forwarding.sender(), hook);
        }
        assertThat(forwarding.circuitBreakers().states()).containsEntry(breaker, "OPEN");

        assertThat(forwarding.circuitBreakers().reset(hook.toString())).isTrue();

        assertThat(forwarding.circuitBreakers().states()).containsEntry(breaker, "CLOSED");
        endpoint.answer(status(200, "ok"));
        assertThat(attempt(forwarding.sender(), hook).outcome()).isEqualTo(AttemptOutcome.Responded.status(200));
    }

    @Test
    void resetIsFalseForUrlsWithoutABreaker() {
        assertThat(forwarding.circuitBreakers().reset("http://127.0.0.1:1/never-used")).isFalse();
        assertThat(forwarding.circuitBreakers().reset("not a url")).isFalse();
        assertThat(forwarding.circuitBreakers().reset(null)).isFalse();
    }

    @Test
    void urlsThatDifferOnlyInTheirQueryShareABreakerWhoseNameHidesTheQuery() {
        attempt(forwarding.sender(), endpoint.url("/hook?token=a"));
        attempt(forwarding.sender(), endpoint.url("/hook?token=b"));
        attempt(forwarding.sender(), endpoint.url("/other"));

        assertThat(forwarding.circuitBreakers().states().keySet())
                .containsExactly(breaker, "http://127.0.0.1:" + hook.getPort() + "/other");
    }
}
