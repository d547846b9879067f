package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

class KarixSendClientTest extends BspSendClientContract {

    private KarixStandIn karix;

    @Override
    BspStandIn startStandIn() {
        karix = KarixStandIn.start();
        return karix;
    }

    @Override
    MessageContent.Template template(List<String> parameters) {
        return new MessageContent.Template("order_shipped_v2", "en", parameters);
    }

    @Override
    void assertTextAsDocumented(RecordedRequest request) {
        assertThat(request.header("Authentication")).isEqualTo("Bearer " + KarixStandIn.API_KEY);
        assertThat(request.header("Authorization")).isNull();
        JsonNode message = request.json().path("message");
        assertThat(message.path("channel").asText()).isEqualTo("WABA");
        assertThat(message.path("content")).isEqualTo(Json.read(
                "{\"preview_url\":false,\"type\":\"TEXT\",\"text\":" + Json.write(Json.object().textNode(TEXT)) + "}"));
        assertThat(message.path("recipient")).isEqualTo(Json.read(
                "{\"to\":\"919800000001\",\"recipient_type\":\"individual\",\"reference\":{\"cust_ref\":\"" + MESSAGE_ID + "\"}}"));
        assertThat(message.path("sender").path("from").asText()).isEqualTo("15550001111");
        assertThat(message.path("preferences").path("webHookDNId").asText()).isEqualTo("1001");
        assertThat(request.json().path("metaData").path("version").asText()).isEqualTo("v1.0.9");
    }

    @Override
    void assertParametersInOrder(RecordedRequest request, List<String> parameters) {
        JsonNode content = request.json().path("message").path("content");
        assertThat(content.path("type").asText()).isEqualTo("TEMPLATE");
        JsonNode template = content.path("template");
        assertThat(template.path("templateId").asText()).isEqualTo("order_shipped_v2");
        assertThat(template.path("language").asText()).isEqualTo("en");
        for (int i = 0; i < parameters.size(); i++) {
            assertThat(template.path("parameterValues").path(String.valueOf(i)).asText()).isEqualTo(parameters.get(i));
        }
        assertThat(template.path("parameterValues").size()).isEqualTo(parameters.size());
    }

    @Override
    void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted) {
        assertThat(accepted).isEqualTo(new SendOutcome.Accepted(null, "900000000000000000000001", "Successfully Accepted"));
    }

    @Override
    String documentedTextPath() {
        return "/services/rcm/sendMessage";
    }

    @Override
    String secretField() {
        return "api_key";
    }

    @Test
    void aStatusCodeOtherThan200InAnHttp200IsAnError() {
        karix.errorNext(200, "401", "Unauthorized");
        karix.errorNext(200, "400", "Template not found");

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED));
        assertThat(send(text())).isEqualTo(new SendOutcome.Rejected("400", "HTTP 200: Template not found", Kind.PERMANENT));
    }

    @Test
    void anUnknownTemplateIsPermanent() {
        karix.errorNext(400, "400", "Invalid templateId");

        assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(List.of("Asha")))))
                .isEqualTo(new SendOutcome.Rejected("400", "HTTP 400: Invalid templateId", Kind.PERMANENT));
    }

    @Test
    void sendsNoWebhookProfileUnlessTheAccountHasOne() {
        var account = new SenderAccount(SendProvider.KARIX, BUSINESS_NUMBER, Map.of("api_key", KarixStandIn.API_KEY),
                karix.baseUrl());

        assertThat(Outcome.of(client().send(account, text()))).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(lastValidRequest().json().path("message").has("preferences")).isFalse();
    }

    @Test
    void aTemplateTakesNoComponents() {
        var content = new MessageContent.Template("order_shipped_v2", "en", List.of(), Json.object());

        assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, content))).isInstanceOf(SendOutcome.Rejected.class);
        assertThat(karix.requests()).isEmpty();
    }
}
