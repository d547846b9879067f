package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/**
 * What every provider's client does, run against that provider's stand-in: each subclass names the provider's
 * documented shapes and adds what only that provider does. Every request the stand-in receives is checked against
 * the provider's doc, so a success here means the request was exactly as documented.
 */
abstract class BspSendClientContract {

    static final String BUSINESS_NUMBER = "+15550001111";
    static final String RECIPIENT = "+919800000001";
    static final String MESSAGE_ID = "gw-7f3c9a10-0001";
    static final String TEXT = "Your refund for order 4711 is approved. Ça marche & 100% sûr?";

    BspStandIn standIn;
    BspSendClients clients = BspSendClients.start(BspSendSettings.defaults());

    abstract BspStandIn startStandIn();

    /** A template this provider names its way (name, Content SID, UUID, campaign) with these body parameters. */
    abstract MessageContent.Template template(List<String> parameters);

    /** The request carries the text, both numbers and the echo field where the provider has one, as documented. */
    abstract void assertTextAsDocumented(RecordedRequest request);

    abstract void assertParametersInOrder(RecordedRequest request, List<String> parameters);

    /** The ids the stand-in's first success reply gave, where the outcome should hold them. */
    abstract void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted);

    /** The documented path for a text message. */
    abstract String documentedTextPath();

    /** A credential the stand-in checks, to send wrong or leave out. */
    abstract String secretField();

    @BeforeEach
    void startStandIn_() {
        standIn = startStandIn();
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    BspSendClient client() {
        return clients.client(standIn.provider());
    }

    SenderAccount account() {
        return standIn.account(BUSINESS_NUMBER);
    }

    static OutgoingMessage text() {
        return new OutgoingMessage(MESSAGE_ID, RECIPIENT, new MessageContent.Text(TEXT, false));
    }

    SendOutcome send(OutgoingMessage message) {
        return Outcome.of(client().send(account(), message));
    }

    RecordedRequest lastValidRequest() {
        RecordedRequest request = standIn.lastRequest();
        assertThat(request.problems()).as("what the stand-in found wrong").isEmpty();
        return request;
    }

    @Test
    void aTextGoesOutAsDocumentedAndIsAccepted() {
        SendOutcome outcome = send(text());

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Accepted.class, this::assertIdsOfFirstAcceptance);
        RecordedRequest request = lastValidRequest();
        assertThat(request.header("User-Agent")).isEqualTo(BspSendSettings.DEFAULT_USER_AGENT);
        assertTextAsDocumented(request);
    }

    @Test
    void aTemplateCarriesItsParametersInOrder() {
        List<String> parameters = List.of("Asha", "ORD-4711", "12 Jan, 10:30");

        SendOutcome outcome = send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(parameters)));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        assertParametersInOrder(lastValidRequest(), parameters);
    }

    @Test
    void aBaseUrlReplacesOnlySchemeHostAndPort() {
        send(text());

        assertThat(standIn.lastRequest().path()).isEqualTo(documentedTextPath());
        assertThat(standIn.lastRequest().query()).isNull();
    }

    @Test
    void throttlingIsSafeToResendAfterTheGivenWait() {
        standIn.throttleNext(Duration.ofSeconds(7));

        SendOutcome.Throttled throttled = Outcome.as(SendOutcome.Throttled.class, client().send(account(), text()));

        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(throttled.safeToResend()).isTrue();
        assertThat(send(text())).as("the next send").isInstanceOf(SendOutcome.Accepted.class);
    }

    @Test
    void aServerErrorIsAmbiguous() {
        standIn.serverErrorNext();

        SendOutcome.Ambiguous ambiguous = Outcome.as(SendOutcome.Ambiguous.class, client().send(account(), text()));

        assertThat(ambiguous.reason()).contains("HTTP 500");
        assertThat(ambiguous.safeToResend()).isFalse();
    }

    @Test
    void noReplyInTimeIsAmbiguous() {
        clients.close();
        clients = BspSendClients.start(BspSendSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(2500)));
        standIn.hangNext();

        SendOutcome.Ambiguous ambiguous = Outcome.as(SendOutcome.Ambiguous.class, client().send(account(), text()));

        assertThat(ambiguous.reason()).contains("no complete reply within 2500 ms");
        await().atMost(Duration.ofSeconds(Outcome.DEADLINE_SECONDS)).until(() -> !standIn.requests().isEmpty());
    }

    @Test
    void nothingListeningMeansNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var nowhere = new SenderAccount(standIn.provider(), BUSINESS_NUMBER, standIn.credentials(),
                URI.create("http://127.0.0.1:" + closedPort));

        SendOutcome.NotSent notSent = Outcome.as(SendOutcome.NotSent.class, client().send(nowhere, text()));

        assertThat(notSent.reason()).startsWith("cannot connect");
        assertThat(notSent.safeToResend()).isTrue();
    }

    @Test
    void wrongCredentialsBlockTheSender() {
        Map<String, String> wrong = new HashMap<>(standIn.credentials());
        wrong.put(secretField(), "wrong-" + wrong.get(secretField()));
        var account = new SenderAccount(standIn.provider(), BUSINESS_NUMBER, wrong, standIn.baseUrl());

        SendOutcome.Rejected rejected = Outcome.as(SendOutcome.Rejected.class, client().send(account, text()));

        assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED);
        assertThat(rejected.reason()).startsWith("HTTP 401");
    }

    @Test
    void incompleteCredentialsBlockTheSenderWithoutARequest() {
        Map<String, String> incomplete = new HashMap<>(standIn.credentials());
        incomplete.remove(secretField());
        var account = new SenderAccount(standIn.provider(), BUSINESS_NUMBER, incomplete, standIn.baseUrl());

        SendOutcome.Rejected rejected = Outcome.as(SendOutcome.Rejected.class, client().send(account, text()));

        assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED);
        assertThat(rejected.reason()).contains(secretField());
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void credentialProblemsNameMissingAndUnknownFields() {
        Map<String, String> credentials = new HashMap<>(standIn.credentials());
        credentials.remove(secretField());
        credentials.put("surprise", "x");

        assertThat(client().credentialProblems(credentials))
                .anySatisfy(problem -> assertThat(problem).contains("missing").contains(secretField()))
                .anySatisfy(problem -> assertThat(problem).contains("unknown field 'surprise'"));
        assertThat(client().credentialProblems(standIn.credentials())).isEmpty();
    }

    @Test
    void anAccountOfAnotherProviderIsAWiringMistake() {
        SendProvider other = standIn.provider() == SendProvider.META ? SendProvider.KARIX : SendProvider.META;
        var account = new SenderAccount(other, BUSINESS_NUMBER, Map.of(), standIn.baseUrl());

        assertThatIllegalArgumentException().isThrownBy(() -> client().send(account, text()));
    }

    @Test
    void closedClientsSendNothing() {
        clients.close();

        assertThat(Outcome.of(client().send(account(), text()))).isInstanceOf(SendOutcome.NotSent.class);
        assertThat(standIn.requests()).isEmpty();
    }
}
