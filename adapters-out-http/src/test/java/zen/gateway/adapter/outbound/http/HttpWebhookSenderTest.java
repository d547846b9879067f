package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.adapter.outbound.http.CustomerEndpoint.status;
import static zen.gateway.adapter.outbound.http.Sends.attempt;
import static zen.gateway.adapter.outbound.http.Sends.attempted;
import static zen.gateway.adapter.outbound.http.Sends.json;
import static zen.gateway.adapter.outbound.http.Sends.loopbackAllowed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.domain.delivery.AttemptOutcome;

class HttpWebhookSenderTest {

    private final CustomerEndpoint endpoint = CustomerEndpoint.start();
    private HttpForwarding forwarding = HttpForwarding.start(loopbackAllowed());

    @AfterEach
    void stop() {
        endpoint.close();
        forwarding.close();
    }

    @Test
    void postsTheBodyAndHeadersWithItsOwnUserAgentAndReportsA2xx() {
        var request = new OutboundRequest(endpoint.url("/hooks/zen?token=t1"),
                Map.of("Content-Type", "application/json", "X-Webhook-Signature", "abc123",
                        "User-Agent", "spoofed", "Host", "elsewhere.example", "Content-Length", "1"),
                "{\"event_id\":\"e1\"}".getBytes(StandardCharsets.UTF_8));

        SendResult.Attempted result = attempted(forwarding.sender().send(request));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.Responded.status(200));
        assertThat(result.responseBody()).isEqualTo("ok");
        assertThat(result.latency()).isPositive();
        assertThat(endpoint.lastMethod).isEqualTo("POST");
        assertThat(endpoint.lastBody).isEqualTo("{\"event_id\":\"e1\"}");
        assertThat(endpoint.lastHeaders.getFirst("X-Webhook-Signature")).isEqualTo("abc123");
        assertThat(endpoint.lastHeaders.getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(endpoint.lastHeaders.get("User-Agent")).containsExactly("ZEN-Webhook-Forwarder/1.0");
        assertThat(endpoint.lastHeaders.getFirst("Host")).startsWith("127.0.0.1:");
    }

    @Test
    void reportsClientAndServerErrorsAsAnswersWithTheirBodies() {
        endpoint.answer(status(404, "no such hook"));
        SendResult.Attempted notFound = attempt(forwarding.sender(), endpoint.url("/gone"));
        endpoint.answer(status(500, "boom"));
        SendResult.Attempted serverError = attempt(forwarding.sender(), endpoint.url("/broken"));

        assertThat(notFound.outcome()).isEqualTo(AttemptOutcome.Responded.status(404));
        assertThat(notFound.responseBody()).isEqualTo("no such hook");
        assertThat(serverError.outcome()).isEqualTo(AttemptOutcome.Responded.status(500));
        assertThat(serverError.responseBody()).isEqualTo("boom");
    }

    @Test
    void readsRetryAfterInSeconds() {
        endpoint.answer(status(429, "Retry-After", "120"));

        assertThat(attempt(forwarding.sender(), endpoint.url("/busy")).outcome())
                .isEqualTo(new AttemptOutcome.Responded(429, Optional.of(Duration.ofSeconds(120))));
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
        endpoint.answer(status(503, "Retry-After", inTwoMinutes));

        var responded = (AttemptOutcome.Responded) attempt(forwarding.sender(), endpoint.url("/busy")).outcome();

        assertThat(responded.statusCode()).isEqualTo(503);
        // The date has whole seconds and the send takes a while: only the order of magnitude is certain.
        assertThat(responded.retryAfter()).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(121)));
    }

    @Test
    void doesNotFollowRedirects() {
        endpoint.answer(status(302, "Location", endpoint.url("/elsewhere").toString()));

        assertThat(attempt(forwarding.sender(), endpoint.url("/moved")).outcome())
                .isEqualTo(AttemptOutcome.Responded.status(302));
        assertThat(endpoint.requests).hasValue(1);
    }

    @Test
    void timesOutWhenTheAnswerTakesLongerThanTheRequestTimeout() {
        useSettings(loopbackAllowed().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500)));
        endpoint.holdAnswers();

        assertThat(attempt(forwarding.sender(), endpoint.url("/slow")).outcome()).isEqualTo(new AttemptOutcome.TimedOut());
    }

    @Test
    void timesOutWhenTheBodyTricklesPastTheRequestTimeout() {
        useSettings(loopbackAllowed().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500)));
        endpoint.answer(exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: the headers leave now, the body never ends
            OutputStream out = exchange.getResponseBody();
            out.write('{');
            out.flush();
            endpoint.awaitRelease();
        });

        assertThat(attempt(forwarding.sender(), endpoint.url("/trickle")).outcome())
                .isEqualTo(new AttemptOutcome.TimedOut());
    }

    @Test
    void reportsARefusedConnectionAsAConnectionFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        var outcome = attempt(forwarding.sender(), URI.create("http://127.0.0.1:" + closedPort + "/hook")).outcome();

        assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.ConnectionFailed.class,
                failed -> assertThat(failed.reason()).startsWith("cannot connect"));
    }

    @Test
    void reportsAFailedTlsHandshakeAsAConnectionFailure() throws Exception {
        try (ServerSocket notTls = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> answerInPlainText(notTls));

            var outcome = attempt(forwarding.sender(), URI.create("https://127.0.0.1:" + notTls.getLocalPort() + "/hook"))
                    .outcome();

            assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.ConnectionFailed.class,
                    failed -> assertThat(failed.reason()).startsWith("TLS failure"));
        }
    }

    /** Answers the TLS client hello with plain HTTP, as a server without TLS on that port would. */
    private static void answerInPlainText(ServerSocket server) {
        try (Socket client = server.accept()) {
            client.getOutputStream().write(
                    "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            client.getInputStream().read(new byte[512]);
        } catch (IOException closedByTest) {
            // the test is over
        }
    }

    @Test
    void keepsOnlyTheFirst10KilobytesOfAHugeAnswer() {
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        for (int i = 0; i < fiveMegabytes.length; i++) {
            fiveMegabytes[i] = (byte) ('a' + i % 26);
        }
        endpoint.answer(exchange -> {
            exchange.sendResponseHeaders(500, fiveMegabytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(fiveMegabytes);
            }
        });

        SendResult.Attempted result = attempt(forwarding.sender(), endpoint.url("/verbose"));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.Responded.status(500));
        assertThat(result.responseBody())
                .hasSize(10 * 1024)
                .isEqualTo(new String(Arrays.copyOf(fiveMegabytes, 10 * 1024), StandardCharsets.US_ASCII));
        // The abandoned connection is closed, not reused: the next send still works.
        endpoint.answer(status(200, "ok"));
        assertThat(attempt(forwarding.sender(), endpoint.url("/verbose")).responseBody()).isEqualTo("ok");
    }

    @Test
    void decodesTheAnswerInTheCharsetItDeclares() {
        endpoint.answer(exchange -> {
            byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=ISO-8859-1");
            exchange.sendResponseHeaders(200, latin1.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(latin1);
            }
        });

        assertThat(attempt(forwarding.sender(), endpoint.url("/latin")).responseBody()).isEqualTo("caf\u00e9");
    }

    @Test
    void reusesItsConnectionForSequentialSends() {
        for (int i = 0; i < 20; i++) {
            assertThat(attempt(forwarding.sender(), endpoint.url("/hook")).outcome())
                    .isEqualTo(AttemptOutcome.Responded.status(200));
        }

        assertThat(endpoint.requests).hasValue(20);
        // One connection is expected; a second is tolerated should the server ever close an idle one.
        assertThat(endpoint.clientPorts).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void refusesADestinationThePolicyForbidsWithoutSendingAnything() {
        useSettings(HttpSenderSettings.defaults()); // no allowlist: loopback is forbidden

        var result = attempt(forwarding.sender(), endpoint.url("/hook"));

        assertThat(result.outcome()).isInstanceOfSatisfying(AttemptOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("127.0.0.1", "loopback"));
        assertThat(result.latency()).isZero();
        assertThat(endpoint.requests).hasValue(0);
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        var result = attempt(forwarding.sender(), URI.create("ftp://127.0.0.1/hook"));

        assertThat(result.outcome()).isInstanceOf(AttemptOutcome.Refused.class);
        assertThat(forwarding.circuitBreakers().states()).isEmpty();
    }

    @Test
    void asksThePolicyAgainBeforeEverySendSoARebindingNameIsCaught() {
        var dns = new SwitchableResolver("127.0.0.1");
        forwarding.close();
        forwarding = HttpForwarding.start(loopbackAllowed(), dns);
        URI hook = URI.create("http://hooks.switching.example:" + endpoint.port() + "/hook");

        assertThat(attempt(forwarding.sender(), hook).outcome()).isEqualTo(AttemptOutcome.Responded.status(200));
        dns.answer("169.254.169.254");
        var second = attempt(forwarding.sender(), hook).outcome();

        assertThat(second).isInstanceOfSatisfying(AttemptOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("169.254.169.254"));
        assertThat(endpoint.requests).hasValue(1);
    }

    @Test
    void aNameThatStopsResolvingIsARetryableConnectionFailureCountedByTheBreaker() {
        var dns = new SwitchableResolver();
        dns.answerNothing();
        useSettings(loopbackAllowed().withBreaker(2, Duration.ofMinutes(10), 1), dns);
        URI hook = URI.create("http://gone.customer.example:" + endpoint.port() + "/hook");

        for (int i = 0; i < 2; i++) {
            assertThat(attempt(forwarding.sender(), hook).outcome()).isEqualTo(
                    new AttemptOutcome.ConnectionFailed("gone.customer.example does not resolve"));
        }

        assertThat(Sends.result(forwarding.sender().send(json(hook)))).isInstanceOf(SendResult.CircuitOpen.class);
        assertThat(endpoint.requests).hasValue(0);
    }

    @Test
    void namesWhoseLookupHangsHoldUpNoSendToAnotherEndpoint() throws Exception {
        CountDownLatch dnsAnswers = new CountDownLatch(1);
        HostResolver hanging = host -> {
            if (host.endsWith(".slow.example")) {
                awaitQuietly(dnsAnswers);
            }
            return InetAddress.getAllByName("127.0.0.1");
        };
        forwarding.close();
        forwarding = HttpForwarding.start(loopbackAllowed(), hanging);
        // more hanging lookups than the machine has cores, so more than there are exchange threads
        int hangingSends = 2 * Runtime.getRuntime().availableProcessors() + 2;
        List<CompletableFuture<SendResult>> stuck = new ArrayList<>();
        for (int i = 0; i < hangingSends; i++) {
            stuck.add(forwarding.sender().send(json(URI.create("http://hook-" + i + ".slow.example:" + endpoint.url("/").getPort() + "/hook"))));
        }

        assertThat(attempt(forwarding.sender(), endpoint.url("/hook")).outcome())
                .isEqualTo(AttemptOutcome.Responded.status(200));
        assertThat(stuck).noneMatch(CompletableFuture::isDone);
        dnsAnswers.countDown();
        assertThat(stuck).allSatisfy(sent -> assertThat(Sends.result(sent)).isInstanceOf(SendResult.Attempted.class));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(Sends.DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aClosedSenderStillAnswersEverySendWithARetryableOutcome() {
        forwarding.close();

        SendResult result = Sends.result(forwarding.sender().send(json(endpoint.url("/hook"))));

        assertThat(result).isInstanceOfSatisfying(SendResult.Attempted.class, attempted ->
                assertThat(attempted.outcome()).isInstanceOf(AttemptOutcome.ConnectionFailed.class));
        assertThat(endpoint.requests).hasValue(0);
    }

    private void useSettings(HttpSenderSettings settings) {
        forwarding.close();
        forwarding = HttpForwarding.start(settings);
    }

    private void useSettings(HttpSenderSettings settings, HostResolver dns) {
        forwarding.close();
        forwarding = HttpForwarding.start(settings, dns);
    }
}
