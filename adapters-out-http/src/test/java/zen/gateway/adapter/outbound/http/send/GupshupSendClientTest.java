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
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

class GupshupSendClientTest extends BspSendClientContract {

    private static final String TEMPLATE_ID = "0d9e8f7a-0000-4000-8000-000000000f01";

    private GupshupStandIn gupshup;

    @Override
    BspStandIn startStandIn() {
        gupshup = GupshupStandIn.start();
        return gupshup;
    }

    @Override
    MessageContent.Template template(List<String> parameters) {
        return new MessageContent.Template(TEMPLATE_ID, "en", parameters);
    }

    @Override
    void assertTextAsDocumented(RecordedRequest request) {
        assertThat(request.header("apikey")).isEqualTo(GupshupStandIn.API_KEY);
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).containsOnlyKeys("channel", "source", "destination", "src.name", "message");
        assertThat(request.formValue("channel")).isEqualTo("whatsapp");
        assertThat(request.formValue("source")).isEqualTo("15550001111");
        assertThat(request.formValue("destination")).isEqualTo("919800000001");
        assertThat(request.formValue("src.name")).isEqualTo(GupshupStandIn.APP_NAME);
        JsonNode message = Json.read(request.formValue("message"));
        assertThat(message.path("type").asText()).isEqualTo("text");
        assertThat(message.path("text").asText()).isEqualTo(TEXT);
        assertThat(message.path("previewUrl").asBoolean(true)).isFalse();
    }

    @Override
    void assertParametersInOrder(RecordedRequest request, List<String> parameters) {
        assertThat(request.path()).isEqualTo("/wa/api/v1/template/msg");
        JsonNode template = Json.read(request.formValue("template"));
        assertThat(template.path("id").asText()).isEqualTo(TEMPLATE_ID);
        assertThat(template.path("params").valueStream().map(JsonNode::asText).toList()).isEqualTo(parameters);
    }

    @Override
    void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted) {
        assertThat(accepted).isEqualTo(new SendOutcome.Accepted(null, "3f1c2d4e-0000-4000-8000-000000000001", "submitted"));
    }

    @Override
    String documentedTextPath() {
        return "/wa/api/v1/msg";
    }

    @Override
    String secretField() {
        return "api_key";
    }

    @Test
    void aTemplateIsAcceptedWith202AsTextHtml() {
        assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(List.of("Asha")))))
                .isEqualTo(new SendOutcome.Accepted(null, "3f1c2d4e-0000-4000-8000-000000000001", "submitted"));
    }

    @Test
    void anAppNameThatIsNotTheKeysStopsTheSender() {
        Map<String, String> credentials = new HashMap<>(gupshup.credentials());
        credentials.put("app_name", "SomeoneElsesApp");
        var account = new SenderAccount(SendProvider.GUPSHUP, BUSINESS_NUMBER, credentials, gupshup.baseUrl());

        assertThat(Outcome.of(client().send(account, text())))
                .isEqualTo(new SendOutcome.Rejected(null, "HTTP 400: Invalid App Details", Kind.SENDER_BLOCKED));
    }

    @Test
    void anInvalidDestinationIsPermanent() {
        gupshup.errorNext(400, "Invalid Destination");

        assertThat(send(text()))
                .isEqualTo(new SendOutcome.Rejected(null, "HTTP 400: Invalid Destination", Kind.PERMANENT));
    }

    @Test
    void aSuccessStatusSayingErrorIsAnError() {
        gupshup.answerNext(StandInAnswer.json(200, "{\"status\":\"error\",\"message\":\"Authentication Failed\"}"));

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED));
    }

    @Test
    void aTemplateIsNamedByItsUuidAndTakesNoComponents() {
        var byName = new MessageContent.Template("order_shipped_v2", "en", List.of("Asha"));
        var withComponents = new MessageContent.Template(TEMPLATE_ID, "en", List.of(), Json.object().arrayNode());

        assertThat(List.of(byName, withComponents)).allSatisfy(content ->
                assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, content)))
                        .isInstanceOfSatisfying(SendOutcome.Rejected.class,
                                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT)));
        assertThat(gupshup.requests()).isEmpty();
    }
}
