package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.domain.send.SendProvider;

/**
 * Karix RCM's {@code POST /services/rcm/sendMessage}, channel {@code WABA} (bsp/send/karix-datagen.md): the header
 * {@code Authentication: Bearer <key>}, the {@code message{channel, content, recipient, sender, preferences}} +
 * {@code metaData{version}} body; answers the one captured success reply. Karix publishes no errors: the error
 * answers here only give the doc's assumed statuses the reply's shape ({@code statusCode} as a string,
 * {@code statusDesc}).
 */
public final class KarixStandIn extends BspStandIn {

    public static final String API_KEY = "FAKEkarixSTANDINkey0001==";

    private KarixStandIn() {}

    public static KarixStandIn start() {
        KarixStandIn standIn = new KarixStandIn();
        standIn.listen();
        return standIn;
    }

    @Override
    public SendProvider provider() {
        return SendProvider.KARIX;
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("api_key", API_KEY, "webhook_dn_id", "1001");
    }

    @Override
    public void throttleNext(Duration retryAfter) {
        answerNext(error(429, "429", "Too Many Requests").withRetryAfter(retryAfter));
    }

    @Override
    public void serverErrorNext() {
        answerNext(error(500, "500", "Internal Server Error"));
    }

    /** Any error, with the body's {@code statusCode} (which need not match the HTTP status) and {@code statusDesc}. */
    public void errorNext(int httpStatus, String statusCode, String statusDesc) {
        answerNext(error(httpStatus, statusCode, statusDesc));
    }

    static StandInAnswer error(int httpStatus, String statusCode, String statusDesc) {
        ObjectNode body = StandInJson.object().put("statusCode", statusCode).put("statusDesc", statusDesc);
        return StandInAnswer.json(httpStatus, StandInJson.write(body));
    }

    /** "Authentication", not "Authorization" (§1). */
    @Override
    protected boolean authorized(RecordedRequest request) {
        return ("Bearer " + API_KEY).equals(request.header("Authentication"));
    }

    @Override
    protected StandInAnswer unauthorized(RecordedRequest request) {
        return error(401, "401", "Unauthorized");
    }

    @Override
    protected List<String> problems(RecordedRequest request) {
        Checks checks = new Checks();
        checks.method(request, "POST");
        checks.path(request, "/services/rcm/sendMessage");
        checks.contentType(request, "application/json");
        JsonNode body = request.json();
        checks.object(body, "the body");
        checks.onlyKnownFields(body, Set.of("message", "metaData"), "");
        JsonNode message = body.path("message");
        checks.object(message, "message");
        checks.onlyKnownFields(message, Set.of("channel", "content", "recipient", "sender", "preferences", "smsFallback"), "message.");
        checks.equalsText(message, "channel", "WABA", "message.");
        content(message.path("content"), checks);
        recipient(message.path("recipient"), checks);
        checks.matches(checks.text(message.path("sender"), "from", "message.sender."), Checks.DIGITS_NUMBER, "message.sender.from");
        if (message.has("preferences")) {
            checks.text(message.path("preferences"), "webHookDNId", "message.preferences.");
        }
        checks.text(body.path("metaData"), "version", "metaData.");
        return checks.problems();
    }

    private static void content(JsonNode content, Checks checks) {
        checks.object(content, "message.content");
        checks.booleanIfPresent(content, "preview_url", "message.content.");
        String type = checks.text(content, "type", "message.content.");
        if ("TEXT".equals(type)) {
            checks.text(content, "text", "message.content.");
        } else if ("TEMPLATE".equals(type)) {
            JsonNode template = content.path("template");
            checks.text(template, "templateId", "message.content.template.");
            parameterValues(template.path("parameterValues"), checks);
        } else if (type != null) {
            checks.add("message.content.type " + type + " is not one the stand-in takes (TEXT, TEMPLATE)");
        }
    }

    /** An object keyed "0", "1", … without gaps, string values ("0" fills {{1}}) (§2b). */
    private static void parameterValues(JsonNode values, Checks checks) {
        if (values.isMissingNode()) {
            return;
        }
        checks.object(values, "message.content.template.parameterValues");
        if (!values.isObject()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            checks.expect(values.path(String.valueOf(i)).isTextual(),
                    "parameterValues must have string keys \"0\"..\"" + (values.size() - 1) + "\" without gaps");
        }
    }

    private static void recipient(JsonNode recipient, Checks checks) {
        checks.object(recipient, "message.recipient");
        checks.matches(checks.text(recipient, "to", "message.recipient."), Checks.DIGITS_NUMBER, "message.recipient.to");
        checks.equalsText(recipient, "recipient_type", "individual", "message.recipient.");
        if (recipient.has("reference")) {
            checks.text(recipient.path("reference"), "cust_ref", "message.recipient.reference.");
        }
    }

    @Override
    protected StandInAnswer invalid(RecordedRequest request, List<String> problems) {
        return error(400, "400", "stand-in: " + String.join("; ", problems));
    }

    /** The captured reply (§3): {@code statusCode} a string, {@code mid} 24 digits. */
    @Override
    protected StandInAnswer accepted(RecordedRequest request, int sequence) {
        ObjectNode reply = StandInJson.object().put("statusCode", "200").put("statusDesc", "Successfully Accepted")
                .put("mid", String.format("9%023d", sequence));
        return StandInAnswer.json(200, StandInJson.write(reply));
    }
}
