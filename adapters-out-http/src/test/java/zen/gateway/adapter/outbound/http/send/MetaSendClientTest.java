package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

class MetaSendClientTest extends BspSendClientContract {

    private MetaStandIn meta;

    @Override
    BspStandIn startStandIn() {
        meta = MetaStandIn.start();
        return meta;
    }

    @Override
    MessageContent.Template template(List<String> parameters) {
        return new MessageContent.Template("order_shipped_v2", "en", parameters);
    }

    @Override
    void assertTextAsDocumented(RecordedRequest request) {
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + MetaStandIn.ACCESS_TOKEN);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertCloudApiText(request.json());
    }

    static void assertCloudApiText(JsonNode body) {
        assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(body.path("recipient_type").asText()).isEqualTo("individual");
        assertThat(body.path("to").asText()).isEqualTo("919800000001");
        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.path("text").path("body").asText()).isEqualTo(TEXT);
        assertThat(body.path("text").path("preview_url").isBoolean()).isTrue();
        assertThat(body.path("biz_opaque_callback_data").asText()).isEqualTo(MESSAGE_ID);
    }

    @Override
    void assertParametersInOrder(RecordedRequest request, List<String> parameters) {
        assertCloudApiTemplate(request.json().path("template"), parameters);
    }

    static void assertCloudApiTemplate(JsonNode template, List<String> parameters) {
        assertThat(template.path("name").asText()).isEqualTo("order_shipped_v2");
        assertThat(template.path("language").path("code").asText()).isEqualTo("en");
        assertThat(template.path("language").path("policy").asText()).isEqualTo("deterministic");
        JsonNode body = template.path("components").path(0);
        assertThat(body.path("type").asText()).isEqualTo("body");
        assertThat(body.path("parameters").findValuesAsText("text")).isEqualTo(parameters);
        assertThat(body.path("parameters").findValuesAsText("type")).containsOnly("text");
    }

    @Override
    void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted) {
        assertThat(accepted).isEqualTo(new SendOutcome.Accepted("wamid.STANDIN_META_1", null, null));
    }

    @Override
    String documentedTextPath() {
        return "/v23.0/" + MetaStandIn.PHONE_NUMBER_ID + "/messages";
    }

    @Override
    String secretField() {
        return "access_token";
    }

    @Test
    void throughputReachedIsThrottlingWhateverTheHttpStatus() {
        meta.throttleNext(null);

        SendOutcome.Throttled throttled = Outcome.as(SendOutcome.Throttled.class, client().send(account(), text()));

        assertThat(throttled.code()).isEqualTo("130429");
        assertThat(throttled.retryAfter()).isNull();
        assertThat(throttled.reason()).startsWith("HTTP 400: (#130429) Rate limit hit");
    }

    @Test
    void thePairRateLimitIsThrottling() {
        meta.errorNext(400, 131056, "(Business Account, Consumer Account) pair rate limit hit",
                "Too many messages to this user in a short time.");

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Throttled.class,
                throttled -> assertThat(throttled.code()).isEqualTo("131056"));
    }

    @Test
    void aMissingTemplateIsPermanentWithMetasCode() {
        meta.errorNext(404, 132001, "Template name does not exist in the translation",
                "template name (order_shiped_v2) does not exist in en");

        SendOutcome.Rejected rejected = Outcome.as(SendOutcome.Rejected.class,
                client().send(account(), new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(List.of("Asha")))));

        assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(rejected.code()).isEqualTo("132001");
        assertThat(rejected.reason()).contains("does not exist in the translation", "order_shiped_v2");
    }

    @Test
    void aClosedWindowIsOutsideTheWindow() {
        meta.windowClosedNext();

        assertThat(send(text())).isEqualTo(new SendOutcome.Rejected("131047",
                "HTTP 400: (#131047) Re-engagement message - More than 24 hours have passed since the recipient last"
                        + " replied to the sender number.", Kind.OUTSIDE_WINDOW));
    }

    @Test
    void anExpiredTokenAndAQualityBlockStopTheSender() {
        meta.errorNext(401, 190, "Error validating access token: Session has expired", null);
        meta.errorNext(400, 131048, "Spam rate limit hit", "Message failed to send because there are restrictions");

        assertThat(List.of(send(text()), send(text()))).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                        rejected -> assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED)));
    }

    @Test
    void aCodeOutsideTheTableFallsBackOnTheStatus() {
        meta.errorNext(400, 999_999, "Something new", null);
        meta.errorNext(503, 999_998, "Something new and broken", null);

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Rejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(rejected.code()).isEqualTo("999999");
        });
        assertThat(send(text())).isInstanceOf(SendOutcome.Ambiguous.class);
    }

    @Test
    void aPacedTemplateIsStillAnAcceptance() {
        meta.answerNext(StandInAnswer.json(200, """
                {"messaging_product":"whatsapp","contacts":[{"input":"919800000001","wa_id":"919800000001"}],
                 "messages":[{"id":"wamid.PACED","message_status":"held_for_quality_assessment"}]}"""));

        assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(List.of()))))
                .isEqualTo(new SendOutcome.Accepted("wamid.PACED", null, "held_for_quality_assessment"));
        assertThat(lastValidRequest().json().path("template").has("components")).isFalse();
    }

    @Test
    void passesTheCallersOwnComponentsThrough() {
        ArrayNode components = Json.object().arrayNode();
        components.addObject().put("type", "header").putArray("parameters").addObject().put("type", "text").put("text", "Sale");
        components.addObject().put("type", "body").putArray("parameters").addObject().put("type", "text").put("text", "Asha");
        components.addObject().put("type", "button").put("sub_type", "url").put("index", "0")
                .putArray("parameters").addObject().put("type", "text").put("text", "ORD-4711");
        var content = new MessageContent.Template("order_shipped_v2", "en", List.of(), components);

        assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, content))).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(lastValidRequest().json().path("template").path("components")).isEqualTo(components);
    }

    @Test
    void aTemplateWithoutItsLanguageOrWithComponentsNotAnArrayIsNotSent() {
        var noLanguage = new MessageContent.Template("order_shipped_v2", null, List.of("Asha"));
        var objectComponents = new MessageContent.Template("order_shipped_v2", "en", List.of(), Json.object());

        assertThat(List.of(noLanguage, objectComponents)).allSatisfy(content ->
                assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, content)))
                        .isInstanceOfSatisfying(SendOutcome.Rejected.class,
                                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT)));
        assertThat(meta.requests()).isEmpty();
    }

    @Test
    void anAccountChoosesItsGraphVersion() {
        Map<String, String> credentials = new HashMap<>(meta.credentials());
        credentials.put("api_version", "v24.0");

        Outcome.of(client().send(new SenderAccount(SendProvider.META, BUSINESS_NUMBER, credentials, meta.baseUrl()), text()));

        assertThat(lastValidRequest().path()).isEqualTo("/v24.0/" + MetaStandIn.PHONE_NUMBER_ID + "/messages");
    }

    @Test
    void credentialsThatWouldBreakTheUrlOrHeaderAreProblems() {
        assertThat(client().credentialProblems(Map.of("access_token", "EAA token\n", "phone_number_id", "+15550001111",
                "api_version", "23")))
                .containsExactlyInAnyOrder(
                        "'access_token' must be printable ASCII without spaces",
                        "'phone_number_id' must be the phone number's Graph id (digits), not the number itself",
                        "'api_version' must be a Graph version such as v23.0");
        assertThat(client().credentialProblems(Map.of("access_token", " ", "phone_number_id", "1")))
                .containsExactly("'access_token' is blank");
    }

    @Test
    void aRedirectIsNotFollowedAndStopsTheSender() {
        meta.answerNext(new StandInAnswer(302, Map.of("Location", meta.baseUrl() + "/elsewhere"), "", false));

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.SENDER_BLOCKED));
        assertThat(meta.requests()).hasSize(1);
    }

    @Test
    void aHugeReplyIsCutAndAnUnreadableErrorIsJudgedByItsStatus() {
        meta.answerNext(StandInAnswer.of(502, "text/html", "<html>" + "bad gateway ".repeat(20_000) + "</html>"));

        SendOutcome.Ambiguous ambiguous = Outcome.as(SendOutcome.Ambiguous.class, client().send(account(), text()));

        assertThat(ambiguous.reason()).startsWith("HTTP 502: <html>bad gateway").hasSizeLessThanOrEqualTo(Outcomes.MAX_REASON_LENGTH);
    }
}
