package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

class TwilioSendClientTest extends BspSendClientContract {

    private static final String CONTENT_SID = "HX0000000000000000000000000000abcd";

    private TwilioStandIn twilio;

    @Override
    BspStandIn startStandIn() {
        twilio = TwilioStandIn.start();
        return twilio;
    }

    @Override
    MessageContent.Template template(List<String> parameters) {
        return new MessageContent.Template(CONTENT_SID, null, parameters);
    }

    @Override
    void assertTextAsDocumented(RecordedRequest request) {
        assertThat(request.header("Authorization")).isEqualTo(basic(TwilioStandIn.ACCOUNT_SID, TwilioStandIn.AUTH_TOKEN));
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).containsOnlyKeys("To", "From", "Body");
        assertThat(request.formValue("To")).isEqualTo("whatsapp:+919800000001");
        assertThat(request.formValue("From")).isEqualTo("whatsapp:+15550001111");
        assertThat(request.formValue("Body")).isEqualTo(TEXT);
    }

    @Override
    void assertParametersInOrder(RecordedRequest request, List<String> parameters) {
        assertThat(request.formValue("ContentSid")).isEqualTo(CONTENT_SID);
        assertThat(request.form()).doesNotContainKey("Body");
        var variables = request.form().get("ContentVariables");
        assertThat(variables).hasSize(1);
        var expected = Json.object();
        for (int i = 0; i < parameters.size(); i++) {
            expected.put(String.valueOf(i + 1), parameters.get(i));
        }
        assertThat(variables.get(0)).isEqualTo(Json.write(expected));
    }

    @Override
    void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted) {
        assertThat(accepted).isEqualTo(new SendOutcome.Accepted(null, "SM00000000000000000000000000000001", "queued"));
    }

    @Override
    String documentedTextPath() {
        return "/2010-04-01/Accounts/" + TwilioStandIn.ACCOUNT_SID + "/Messages.json";
    }

    @Override
    String secretField() {
        return "auth_token";
    }

    @Test
    void signsWithAnApiKeyPairWhenGivenOne() {
        var account = new SenderAccount(SendProvider.TWILIO, BUSINESS_NUMBER, twilio.apiKeyCredentials(), twilio.baseUrl());

        assertThat(Outcome.of(client().send(account, text()))).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(lastValidRequest().header("Authorization"))
                .isEqualTo(basic(TwilioStandIn.API_KEY_SID, TwilioStandIn.API_KEY_SECRET));
        assertThat(lastValidRequest().path()).isEqualTo(documentedTextPath()); // the account's SID, not the key's
    }

    @Test
    void carriesThePerMessageStatusCallback() {
        URI callback = URI.create("https://gateway.example.com/webhook/twilio?gw=" + MESSAGE_ID);

        send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, new MessageContent.Text("hi", true), callback));

        assertThat(lastValidRequest().formValue("StatusCallback")).isEqualTo(callback.toString());
    }

    @Test
    void takesNamedVariablesAsTheCallersContentVariables() {
        var variables = Json.object().put("first_name", "Asha").put("order", "ORD-4711");

        send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, new MessageContent.Template(CONTENT_SID, null, List.of(), variables)));

        assertThat(lastValidRequest().formValue("ContentVariables")).isEqualTo("{\"first_name\":\"Asha\",\"order\":\"ORD-4711\"}");
    }

    @Test
    void aTemplateIsNamedByItsContentSidOrNotSent() {
        SendOutcome outcome = send(new OutgoingMessage(MESSAGE_ID, RECIPIENT,
                new MessageContent.Template("order_shipped_v2", "en", List.of("Asha"))));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Rejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(rejected.reason()).contains("Content SID");
        });
        assertThat(twilio.requests()).isEmpty();
    }

    @Test
    void anInvalidRecipientIsPermanentWithTwiliosCode() {
        twilio.errorNext(400, 21211, "The 'To' number whatsapp:+91980000 is not a valid phone number.");

        assertThat(send(text())).isEqualTo(new SendOutcome.Rejected("21211",
                "HTTP 400: The 'To' number whatsapp:+91980000 is not a valid phone number.", Kind.PERMANENT));
    }

    /** Twilio reports a closed window in the status callback (§2a); should its code ever come at once, it reads the same. */
    @Test
    void theWindowCodeMeansOutsideTheWindow() {
        twilio.errorNext(400, 63016, "Failed to send freeform message because you are outside the allowed window.");

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.OUTSIDE_WINDOW));
    }

    @Test
    void aFullSenderQueueIsThrottling() {
        twilio.errorNext(400, 21611, "This 'From' number has exceeded the maximum number of queued messages");

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Throttled.class,
                throttled -> assertThat(throttled.code()).isEqualTo("21611"));
    }

    @Test
    void credentialsGiveOneWayOfSigningIn() {
        Map<String, String> both = new HashMap<>(twilio.apiKeyCredentials());
        both.put("auth_token", TwilioStandIn.AUTH_TOKEN);

        assertThat(client().credentialProblems(both)).containsExactly(
                "give one way of signing in, not several: an auth token (account_sid, auth_token), or an API key"
                        + " (account_sid, api_key_secret, api_key_sid)");
        assertThat(client().credentialProblems(Map.of("account_sid", "AC1", "auth_token", "t")))
                .containsExactly("'account_sid' must be an Account SID: AC and 32 hex digits");
        assertThat(client().credentialProblems(Map.of("account_sid", TwilioStandIn.ACCOUNT_SID, "auth_token", "t",
                "api_key_sid", TwilioStandIn.API_KEY_SID)))
                .containsExactly("'api_key_sid' does not go with an auth token: give one way of signing in");
        assertThat(client().credentialProblems(twilio.apiKeyCredentials())).isEmpty();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
