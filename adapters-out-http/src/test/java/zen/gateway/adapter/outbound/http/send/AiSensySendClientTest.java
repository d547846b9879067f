package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;

/** The contract runs on the Project API; the Campaign API has its own tests below. */
class AiSensySendClientTest extends BspSendClientContract {

    private AiSensyStandIn aiSensy;

    @Override
    BspStandIn startStandIn() {
        aiSensy = AiSensyStandIn.start();
        return aiSensy;
    }

    @Override
    MessageContent.Template template(List<String> parameters) {
        return new MessageContent.Template("order_shipped_v2", "en", parameters);
    }

    @Override
    void assertTextAsDocumented(RecordedRequest request) {
        assertThat(request.header("X-AiSensy-Project-API-Pwd")).isEqualTo(AiSensyStandIn.PROJECT_API_PASSWORD);
        JsonNode body = request.json();
        assertThat(body.has("messaging_product")).isFalse();
        assertThat(body.has("biz_opaque_callback_data")).isFalse();
        assertThat(body.path("to").asText()).isEqualTo("919800000001");
        assertThat(body.path("recipient_type").asText()).isEqualTo("individual");
        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.path("text").path("body").asText()).isEqualTo(TEXT);
    }

    @Override
    void assertParametersInOrder(RecordedRequest request, List<String> parameters) {
        MetaSendClientTest.assertCloudApiTemplate(request.json().path("template"), parameters);
    }

    @Override
    void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted) {
        assertThat(accepted).isEqualTo(new SendOutcome.Accepted("wamid.STANDIN_AISENSY_1", null, null));
    }

    @Override
    String documentedTextPath() {
        return "/project-apis/v1/project/" + AiSensyStandIn.PROJECT_ID + "/messages";
    }

    @Override
    String secretField() {
        return "project_api_password";
    }

    @Test
    void anIdThatIsNotAWamidIsKeptAsAiSensysOwn() {
        aiSensy.answerNext(StandInAnswer.json(200, "{\"messages\":[{\"id\":\"65f0c0ffee00000000000123\"}]}"));

        assertThat(send(text())).isEqualTo(new SendOutcome.Accepted(null, "65f0c0ffee00000000000123", null));
    }

    @Test
    void theCampaignApiSendsATemplateThroughItsCampaign() {
        var message = new OutgoingMessage(MESSAGE_ID, RECIPIENT,
                new MessageContent.Template("order_shipped_api", null, List.of("Asha", "ORD-4711")));

        SendOutcome outcome = Outcome.of(client().send(aiSensy.campaignAccount(BUSINESS_NUMBER), message));

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted(null, "65f0c0ffee00000000000001", "success"));
        RecordedRequest request = lastValidRequest();
        assertThat(request.path()).isEqualTo("/campaign/t1/api/v2");
        assertThat(request.header("X-AiSensy-Project-API-Pwd")).isNull();
        assertThat(request.json()).isEqualTo(Json.read("""
                {"apiKey":"%s","campaignName":"order_shipped_api","destination":"+919800000001",
                 "userName":"+919800000001","templateParams":["Asha","ORD-4711"]}""".formatted(AiSensyStandIn.API_KEY)));
    }

    @Test
    void theCampaignApiSendsNoFreeText() {
        SendOutcome outcome = Outcome.of(client().send(aiSensy.campaignAccount(BUSINESS_NUMBER), text()));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Rejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(rejected.reason()).contains("templates only");
        });
        assertThat(aiSensy.requests()).isEmpty();
    }

    @Test
    void aWrongCampaignKeyStopsTheSender() {
        var account = aiSensy.campaignAccount(BUSINESS_NUMBER);
        var wrong = new zen.gateway.application.port.outbound.send.SenderAccount(account.provider(),
                BUSINESS_NUMBER, Map.of("api_key", "wrong"), account.baseUrl());

        assertThat(Outcome.of(client().send(wrong, new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(List.of())))))
                .isInstanceOfSatisfying(SendOutcome.Rejected.class,
                        rejected -> assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED));
    }

    @Test
    void aDeadPlanIn400AndMissingCreditsIn402StopTheSender() {
        aiSensy.noPlanActiveNext();
        aiSensy.outOfCreditsNext();

        assertThat(send(text())).isEqualTo(
                new SendOutcome.Rejected("ERR400", "HTTP 400: No Plan active on assistant!", Kind.SENDER_BLOCKED));
        assertThat(send(text())).isEqualTo(new SendOutcome.Rejected("ERR402",
                "HTTP 402: Insufficient WhatsApp Conversation Credits (WCC)!", Kind.SENDER_BLOCKED));
    }

    @Test
    void anInvalidNumberOrMismatchedParametersArePermanent() {
        aiSensy.errorNext(400, "Invalid Number");
        aiSensy.errorNext(400, "Template params does not match the campaign");

        assertThat(List.of(send(text()), send(text()))).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                        rejected -> assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT)));
    }

    @Test
    void credentialsOpenOneApiOnly() {
        Map<String, String> both = new HashMap<>(aiSensy.credentials());
        both.putAll(aiSensy.campaignCredentials());

        assertThat(client().credentialProblems(both)).singleElement().asString().startsWith("give one way of signing in");
        assertThat(client().credentialProblems(Map.of())).containsExactly("missing credentials: give the Project API"
                + " (project_api_password, project_id), or the Campaign API (api_key)");
        assertThat(client().credentialProblems(aiSensy.campaignCredentials())).isEmpty();
    }
}
