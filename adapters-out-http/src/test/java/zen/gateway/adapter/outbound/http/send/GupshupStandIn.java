package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zen.gateway.domain.send.SendProvider;

/**
 * Gupshup's self-serve {@code POST /wa/api/v1/msg} and {@code /wa/api/v1/template/msg} (bsp/send/gupshup.md §1-§4):
 * {@code apikey} header, form fields with JSON strings inside; answers {@code {"status":"submitted","messageId"}}
 * as {@code text/html} (200 for text, 202 for templates, as the references show), or
 * {@code {"status":"error","message"}}.
 */
public final class GupshupStandIn extends BspStandIn {

    public static final String API_KEY = "FAKEgupshupSTANDINkey0001";
    public static final String APP_NAME = "StandInShopApp";

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Set<String> FIELDS = Set.of("channel", "source", "destination", "src.name", "message",
            "template", "disablePreview", "encode", "postbackTexts");

    private GupshupStandIn() {}

    public static GupshupStandIn start() {
        GupshupStandIn standIn = new GupshupStandIn();
        standIn.listen();
        return standIn;
    }

    @Override
    public SendProvider provider() {
        return SendProvider.GUPSHUP;
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("api_key", API_KEY, "app_name", APP_NAME);
    }

    /** 429 "Too Many Requests", documented on the partner endpoints (§4). */
    @Override
    public void throttleNext(Duration retryAfter) {
        answerNext(error(429, "Too Many Requests").withRetryAfter(retryAfter));
    }

    /** The doc names "5xx internal error" without a body; this one has Gupshup's error shape. */
    @Override
    public void serverErrorNext() {
        answerNext(error(500, "Internal Server Error"));
    }

    /** Any synchronous error, e.g. 400 "Invalid Destination". */
    public void errorNext(int httpStatus, String message) {
        answerNext(error(httpStatus, message));
    }

    static StandInAnswer error(int httpStatus, String message) {
        return StandInAnswer.json(httpStatus, StandInJson.write(StandInJson.object().put("message", message).put("status", "error")));
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        return API_KEY.equals(request.header("apikey"));
    }

    @Override
    protected StandInAnswer unauthorized(RecordedRequest request) {
        return error(401, "Authentication Failed");
    }

    @Override
    protected List<String> problems(RecordedRequest request) {
        Checks checks = new Checks();
        checks.method(request, "POST");
        boolean template = request.path().equals("/wa/api/v1/template/msg");
        checks.expect(template || request.path().equals("/wa/api/v1/msg"),
                "path must be /wa/api/v1/msg or /wa/api/v1/template/msg, not " + request.path());
        checks.contentType(request, "application/x-www-form-urlencoded");
        Map<String, List<String>> form = request.form();
        form.keySet().forEach(name -> checks.expect(FIELDS.contains(name), name + " is not a field of this API"));
        checks.expect("whatsapp".equals(request.formValue("channel")), "channel must be whatsapp");
        checks.matches(present(request, "source", checks), Checks.DIGITS_NUMBER, "source");
        checks.matches(present(request, "destination", checks), Checks.DIGITS_NUMBER, "destination");
        checks.expect(APP_NAME.equals(request.formValue("src.name")), "src.name must be the app bound to the key");
        if (template) {
            template(StandInJson.read(request.formValue("template")), checks);
        } else {
            text(StandInJson.read(request.formValue("message")), checks);
        }
        return checks.problems();
    }

    private static void text(JsonNode message, Checks checks) {
        checks.object(message, "message");
        checks.equalsText(message, "type", "text", "message.");
        checks.text(message, "text", "message.");
        checks.booleanIfPresent(message, "previewUrl", "message.");
    }

    /** {@code {"id": <template UUID>, "params": ["…", …]}} (§2b). */
    private static void template(JsonNode template, Checks checks) {
        checks.object(template, "template");
        checks.matches(checks.text(template, "id", "template."), UUID, "template.id");
        JsonNode params = template.path("params");
        checks.expect(params.isMissingNode() || params.isArray(), "template.params must be an array");
        params.forEach(param -> checks.expect(param.isTextual(), "template.params must be strings"));
    }

    private static String present(RecordedRequest request, String field, Checks checks) {
        String value = request.formValue(field);
        checks.expect(value != null, field + " is required");
        return value;
    }

    /** The two documented 400s where they apply (§4), else the shape with the stand-in's words. */
    @Override
    protected StandInAnswer invalid(RecordedRequest request, List<String> problems) {
        if (!APP_NAME.equals(request.formValue("src.name"))) {
            return error(400, "Invalid App Details");
        }
        String destination = request.formValue("destination");
        if (destination == null || !Checks.DIGITS_NUMBER.matcher(destination).matches()) {
            return error(400, "Invalid Destination");
        }
        return error(400, "stand-in: " + String.join("; ", problems));
    }

    @Override
    protected StandInAnswer accepted(RecordedRequest request, int sequence) {
        ObjectNode reply = StandInJson.object().put("status", "submitted")
                .put("messageId", String.format("3f1c2d4e-0000-4000-8000-%012d", sequence));
        int status = request.path().endsWith("/template/msg") ? 202 : 200;
        return StandInAnswer.of(status, "text/html", StandInJson.write(reply));
    }
}
