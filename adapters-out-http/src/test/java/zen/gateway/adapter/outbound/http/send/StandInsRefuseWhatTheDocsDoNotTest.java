package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins are only worth their successes if they refuse what the providers would: requests here are written
 * by hand, with the mistakes a client could make.
 */
class StandInsRefuseWhatTheDocsDoNotTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private BspStandIn standIn;

    @AfterEach
    void stop() {
        standIn.close();
        http.close();
    }

    @Test
    void metaWantsMessagingProductAndItsOwnPhoneNumberId() throws Exception {
        standIn = MetaStandIn.start();

        HttpResponse<String> answer = post("/v23.0/999/messages",
                Map.of("Authorization", "Bearer " + MetaStandIn.ACCESS_TOKEN, "Content-Type", "application/json"),
                "{\"to\":\"919800000001\",\"type\":\"text\",\"text\":{\"body\":\"hi\",\"preview_url\":\"no\"}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(StandInJson.read(answer.body()).path("error").path("code").asInt()).isEqualTo(100);
        assertThat(standIn.lastRequest().problems()).containsExactlyInAnyOrder(
                "no phone number with id 999",
                "messaging_product must be \"whatsapp\"",
                "text.preview_url must be a boolean");
    }

    @Test
    void metaRefusesAWrongTokenBeforeLookingAtTheBody() throws Exception {
        standIn = MetaStandIn.start();

        HttpResponse<String> answer = post("/v23.0/" + MetaStandIn.PHONE_NUMBER_ID + "/messages",
                Map.of("Authorization", "Bearer nope", "Content-Type", "application/json"), "{}");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(StandInJson.read(answer.body()).path("error").path("code").asInt()).isEqualTo(190);
    }

    @Test
    void dialog360TakesItsKeyHeaderNotABearerToken() throws Exception {
        standIn = Dialog360StandIn.start();

        HttpResponse<String> answer = post("/messages",
                Map.of("Authorization", "Bearer " + Dialog360StandIn.API_KEY, "Content-Type", "application/json"), "{}");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("Invalid api_key");
    }

    @Test
    void twilioWantsAFormWithWhatsappNumbersAndOneKindOfContent() throws Exception {
        standIn = TwilioStandIn.start();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (TwilioStandIn.ACCOUNT_SID + ":" + TwilioStandIn.AUTH_TOKEN).getBytes());

        HttpResponse<String> answer = post("/2010-04-01/Accounts/" + TwilioStandIn.ACCOUNT_SID + "/Messages.json",
                Map.of("Authorization", basic, "Content-Type", "application/x-www-form-urlencoded"),
                "To=%2B919800000001&From=whatsapp%3A%2B15550001111&Body=hi&ContentSid=HX1");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(standIn.lastRequest().problems()).containsExactlyInAnyOrder(
                "To must match whatsapp:\\+[1-9][0-9]{6,14}, not +919800000001",
                "give Body for text or ContentSid for a template, exactly one",
                "ContentSid must match HX[0-9a-fA-F]{32}, not HX1");
    }

    @Test
    void gupshupTakesTheApikeyHeaderAndDigitsOnlyNumbers() throws Exception {
        standIn = GupshupStandIn.start();

        HttpResponse<String> wrongHeader = post("/wa/api/v1/msg",
                Map.of("api_key", GupshupStandIn.API_KEY, "Content-Type", "application/x-www-form-urlencoded"), "");
        HttpResponse<String> plusInDestination = post("/wa/api/v1/msg",
                Map.of("apikey", GupshupStandIn.API_KEY, "Content-Type", "application/x-www-form-urlencoded"),
                "channel=whatsapp&source=15550001111&destination=%2B919800000001&src.name=" + GupshupStandIn.APP_NAME
                        + "&message=%7B%22type%22%3A%22text%22%2C%22text%22%3A%22hi%22%7D");

        assertThat(wrongHeader.statusCode()).isEqualTo(401);
        assertThat(wrongHeader.body()).contains("Authentication Failed");
        assertThat(plusInDestination.statusCode()).isEqualTo(400);
        assertThat(plusInDestination.body()).contains("Invalid Destination");
    }

    @Test
    void karixTakesAuthenticationNotAuthorizationAndParameterValuesAsAnObject() throws Exception {
        standIn = KarixStandIn.start();
        String template = """
                {"message":{"channel":"WABA","content":{"type":"TEMPLATE","template":{"templateId":"t","parameterValues":["Asha"]}},
                 "recipient":{"to":"919800000001","recipient_type":"individual"},"sender":{"from":"15550001111"}},
                 "metaData":{"version":"v1.0.9"}}""";

        HttpResponse<String> wrongHeader = post("/services/rcm/sendMessage",
                Map.of("Authorization", "Bearer " + KarixStandIn.API_KEY, "Content-Type", "application/json"), template);
        HttpResponse<String> arrayParameters = post("/services/rcm/sendMessage",
                Map.of("Authentication", "Bearer " + KarixStandIn.API_KEY, "Content-Type", "application/json"), template);

        assertThat(wrongHeader.statusCode()).isEqualTo(401);
        assertThat(arrayParameters.statusCode()).isEqualTo(400);
        assertThat(standIn.lastRequest().problems()).containsExactly(
                "message.content.template.parameterValues must be a JSON object");
    }

    @Test
    void aiSensysCampaignApiWantsAUserName() throws Exception {
        standIn = AiSensyStandIn.start();

        HttpResponse<String> answer = post("/campaign/t1/api/v2", Map.of("Content-Type", "application/json"),
                "{\"apiKey\":\"" + AiSensyStandIn.API_KEY + "\",\"campaignName\":\"c\",\"destination\":\"+919800000001\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(standIn.lastRequest().problems()).containsExactly("userName must be a non-empty string");
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
