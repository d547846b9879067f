package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/**
 * AiSensy's two send APIs on one host (bsp/send/aisensy.md): the Project API's
 * {@code POST /project-apis/v1/project/{id}/messages} ({@code X-AiSensy-Project-API-Pwd}, Meta's body and reply) and
 * the Campaign API's {@code POST /campaign/t1/api/v2} (key in the body). Low confidence in the replies: the success
 * and error bodies are those third-party code observed (§3, §4); AiSensy shows no answer to a wrong key, so 401
 * with its {@code {"message"}} shape is assumed.
 */
public final class AiSensyStandIn extends BspStandIn {

    public static final String PROJECT_ID = "65f0c0ffee0000000000b002";
    public static final String PROJECT_API_PASSWORD = "FAKEprojectSTANDINpwd0001";
    public static final String API_KEY = "FAKE.aisensy.standin.jwt.0001";

    private static final String PROJECT_PATH = "/project-apis/v1/project/" + PROJECT_ID + "/messages";
    private static final String CAMPAIGN_PATH = "/campaign/t1/api/v2";
    /** The documented fields, and the v2 extras integrations send (§2a). */
    private static final Set<String> CAMPAIGN_FIELDS = Set.of("apiKey", "campaignName", "destination", "userName",
            "templateParams", "media", "source", "tags", "attributes", "buttons", "carouselCards", "location",
            "paramsFallbackValue");

    private AiSensyStandIn() {}

    public static AiSensyStandIn start() {
        AiSensyStandIn standIn = new AiSensyStandIn();
        standIn.listen();
        return standIn;
    }

    @Override
    public SendProvider provider() {
        return SendProvider.AISENSY;
    }

    /** The Project API's credentials. */
    @Override
    public Map<String, String> credentials() {
        return Map.of("project_id", PROJECT_ID, "project_api_password", PROJECT_API_PASSWORD);
    }

    /** The Campaign API's credential: templates only. */
    public Map<String, String> campaignCredentials() {
        return Map.of("api_key", API_KEY);
    }

    public SenderAccount campaignAccount(String businessNumber) {
        return new SenderAccount(provider(), businessNumber, campaignCredentials(), baseUrl());
    }

    /** AiSensy documents no rate limit; 429 in its {@code {"message"}} shape is assumed. */
    @Override
    public void throttleNext(Duration retryAfter) {
        answerNext(message(429, "Too Many Requests").withRetryAfter(retryAfter));
    }

    @Override
    public void serverErrorNext() {
        answerNext(message(500, "Internal Server Error"));
    }

    /** An observed error as {@code {"message": ...}}, e.g. 400 "Invalid Number" (§4). */
    public void errorNext(int httpStatus, String message) {
        answerNext(message(httpStatus, message));
    }

    /** 400 "No Plan active on assistant!", in the ERR shape with both message and errorMessage (§6a). */
    public void noPlanActiveNext() {
        ObjectNode body = StandInJson.object().put("message", "No Plan active on assistant!").put("name", "ERR400")
                .put("errorCode", 400).put("errorMessage", "No Plan active on assistant!")
                .put("aisTraceId", "ais_standin0001_00000000");
        answerNext(StandInAnswer.json(400, StandInJson.write(body)));
    }

    /** 402 "Insufficient WhatsApp Conversation Credits (WCC)!" (§4). */
    public void outOfCreditsNext() {
        ObjectNode body = StandInJson.object().put("name", "ERR402").put("errorCode", 402)
                .put("errorMessage", "Insufficient WhatsApp Conversation Credits (WCC)!");
        answerNext(StandInAnswer.json(402, StandInJson.write(body)));
    }

    static StandInAnswer message(int httpStatus, String message) {
        return StandInAnswer.json(httpStatus, StandInJson.write(StandInJson.object().put("message", message)));
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        if (request.path().equals(CAMPAIGN_PATH)) {
            return API_KEY.equals(request.json().path("apiKey").asText(null));
        }
        return PROJECT_API_PASSWORD.equals(request.header("X-AiSensy-Project-API-Pwd"));
    }

    @Override
    protected StandInAnswer unauthorized(RecordedRequest request) {
        return message(401, "Invalid API credentials");
    }

    @Override
    protected List<String> problems(RecordedRequest request) {
        Checks checks = new Checks();
        checks.method(request, "POST");
        checks.expect(request.path().equals(PROJECT_PATH) || request.path().equals(CAMPAIGN_PATH),
                "path must be " + PROJECT_PATH + " or " + CAMPAIGN_PATH + ", not " + request.path());
        checks.contentType(request, "application/json");
        JsonNode body = request.json();
        if (request.path().equals(CAMPAIGN_PATH)) {
            campaign(body, checks);
        } else {
            CloudApiChecks.check(body, false, checks);
            checks.equalsText(body, "recipient_type", "individual", ""); // in every Project API example (§2b)
        }
        return checks.problems();
    }

    /** §2a: templateParams ordered strings, destination with a + recommended, userName required. */
    private static void campaign(JsonNode body, Checks checks) {
        checks.object(body, "the body");
        checks.onlyKnownFields(body, CAMPAIGN_FIELDS, "");
        checks.text(body, "campaignName", "");
        checks.matches(checks.text(body, "destination", ""), Checks.NUMBER_WITH_OPTIONAL_PLUS, "destination");
        checks.text(body, "userName", "");
        JsonNode parameters = body.path("templateParams");
        checks.expect(parameters.isMissingNode() || parameters.isArray(), "templateParams must be an array");
        parameters.forEach(parameter -> checks.expect(parameter.isTextual(), "templateParams must be strings"));
    }

    @Override
    protected StandInAnswer invalid(RecordedRequest request, List<String> problems) {
        return message(400, "stand-in: " + String.join("; ", problems));
    }

    /**
     * Project API: Meta's reply, with a wamid as {@code messages[0].id} (how integrations read it; §3). Campaign
     * API: {@code {"success":"true","submitted_message_id"}} with "true" a string, as the observed stub has it.
     */
    @Override
    protected StandInAnswer accepted(RecordedRequest request, int sequence) {
        if (request.path().equals(CAMPAIGN_PATH)) {
            ObjectNode reply = StandInJson.object().put("success", "true")
                    .put("submitted_message_id", String.format("65f0c0ffee%014x", sequence));
            return StandInAnswer.json(200, StandInJson.write(reply));
        }
        return CloudApiAnswers.accepted(request.json(), "wamid.STANDIN_AISENSY_" + sequence, true);
    }
}
