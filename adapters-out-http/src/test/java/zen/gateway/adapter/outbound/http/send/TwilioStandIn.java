package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zen.gateway.domain.send.SendProvider;

/**
 * Twilio's {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} (bsp/send/twilio.md): HTTP Basic with the
 * auth token or an API key pair, form-encoded {@code whatsapp:} numbers, {@code Body} or {@code ContentSid} +
 * {@code ContentVariables}; answers 201 with the Message resource, or Twilio's {@code {code, message, more_info,
 * status}}.
 */
public final class TwilioStandIn extends BspStandIn {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "standin-auth-token-0001";
    public static final String API_KEY_SID = "SK00000000000000000000000000000002";
    public static final String API_KEY_SECRET = "standin-api-key-secret-0002";

    private static final Pattern WHATSAPP_NUMBER = Pattern.compile("whatsapp:\\+[1-9][0-9]{6,14}");
    private static final Pattern CONTENT_SID = Pattern.compile("HX[0-9a-fA-F]{32}");
    /** The create parameters of [T-sdk] that a WhatsApp send can use. */
    private static final Set<String> PARAMETERS = Set.of("To", "From", "MessagingServiceSid", "Body", "MediaUrl",
            "ContentSid", "ContentVariables", "StatusCallback", "ValidityPeriod", "SendAt", "ScheduleType");

    private TwilioStandIn() {}

    public static TwilioStandIn start() {
        TwilioStandIn standIn = new TwilioStandIn();
        standIn.listen();
        return standIn;
    }

    @Override
    public SendProvider provider() {
        return SendProvider.TWILIO;
    }

    /** The account SID and auth token. */
    @Override
    public Map<String, String> credentials() {
        return Map.of("account_sid", ACCOUNT_SID, "auth_token", AUTH_TOKEN);
    }

    /** The account SID and an API key pair, the form Twilio recommends for servers. */
    public Map<String, String> apiKeyCredentials() {
        return Map.of("account_sid", ACCOUNT_SID, "api_key_sid", API_KEY_SID, "api_key_secret", API_KEY_SECRET);
    }

    /** 20429 in HTTP 429: "never processed, safe to retry" (§4). */
    @Override
    public void throttleNext(Duration retryAfter) {
        answerNext(error(429, 20429, "Too Many Requests").withRetryAfter(retryAfter));
    }

    /** 20500 in HTTP 500: a resend may deliver twice (§4). */
    @Override
    public void serverErrorNext() {
        answerNext(error(500, 20500, "Internal Server Error"));
    }

    /** Any Twilio error, e.g. 21211 "The 'To' number ... is not a valid phone number." in HTTP 400. */
    public void errorNext(int httpStatus, int code, String message) {
        answerNext(error(httpStatus, code, message));
    }

    static StandInAnswer error(int httpStatus, int code, String message) {
        ObjectNode body = StandInJson.object().put("code", code).put("message", message)
                .put("more_info", "https://www.twilio.com/docs/errors/" + code).put("status", httpStatus);
        return StandInAnswer.json(httpStatus, StandInJson.write(body));
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        String header = request.header("Authorization");
        return basic(ACCOUNT_SID, AUTH_TOKEN).equals(header) || basic(API_KEY_SID, API_KEY_SECRET).equals(header);
    }

    @Override
    protected StandInAnswer unauthorized(RecordedRequest request) {
        return error(401, 20003, "Authenticate");
    }

    @Override
    protected List<String> problems(RecordedRequest request) {
        Checks checks = new Checks();
        checks.method(request, "POST");
        checks.path(request, "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json");
        checks.contentType(request, "application/x-www-form-urlencoded");
        Map<String, List<String>> form = request.form();
        form.forEach((name, values) -> {
            checks.expect(PARAMETERS.contains(name), name + " is not a Message create parameter");
            checks.expect(values.size() == 1 || name.equals("MediaUrl"), name + " is given " + values.size() + " times");
        });
        checks.matches(required(form, "To", checks), WHATSAPP_NUMBER, "To");
        if (!form.containsKey("MessagingServiceSid")) {
            checks.matches(required(form, "From", checks), WHATSAPP_NUMBER, "From");
        }
        content(form, checks);
        String callback = request.formValue("StatusCallback");
        if (callback != null) {
            URI url = URI.create(callback);
            checks.expect(url.isAbsolute() && url.getHost() != null && !url.getHost().contains("_"),
                    "StatusCallback must be an absolute URL without '_' in its host");
        }
        return checks.problems();
    }

    /** {@code Body} for text, or {@code ContentSid} (+ {@code ContentVariables}) without {@code Body} (§2b). */
    private static void content(Map<String, List<String>> form, Checks checks) {
        boolean body = form.containsKey("Body");
        boolean template = form.containsKey("ContentSid");
        checks.expect(body != template, "give Body for text or ContentSid for a template, exactly one");
        if (template) {
            checks.matches(form.get("ContentSid").get(0), CONTENT_SID, "ContentSid");
        }
        if (form.containsKey("ContentVariables")) {
            checks.expect(template, "ContentVariables go with a ContentSid");
            JsonNode variables = StandInJson.read(form.get("ContentVariables").get(0));
            checks.expect(variables.isObject() && variables.size() <= 100, "ContentVariables must be a JSON object of at most 100 pairs");
            variables.properties().forEach(entry -> checks.expect(entry.getValue().isTextual(),
                    "ContentVariables." + entry.getKey() + " must be a string"));
        }
    }

    private static String required(Map<String, List<String>> form, String name, Checks checks) {
        List<String> values = form.get(name);
        checks.expect(values != null && !values.get(0).isBlank(), name + " is required");
        return values == null ? null : values.get(0);
    }

    /** No Twilio code fits "this request breaks the doc" in general: the shape without one. */
    @Override
    protected StandInAnswer invalid(RecordedRequest request, List<String> problems) {
        ObjectNode body = StandInJson.object().put("message", "stand-in: " + String.join("; ", problems)).put("status", 400);
        return StandInAnswer.json(400, StandInJson.write(body));
    }

    /** The Message resource as created (§3, §7c): {@code queued}, as without a Messaging Service. */
    @Override
    protected StandInAnswer accepted(RecordedRequest request, int sequence) {
        String sid = String.format("SM%032x", sequence);
        ObjectNode message = StandInJson.object()
                .put("sid", sid)
                .put("account_sid", ACCOUNT_SID)
                .putNull("messaging_service_sid")
                .put("from", request.formValue("From"))
                .put("to", request.formValue("To"))
                .put("body", request.formValue("Body") == null ? "" : request.formValue("Body"))
                .put("status", "queued")
                .put("direction", "outbound-api")
                .put("num_segments", "1")
                .put("num_media", "0")
                .putNull("error_code")
                .putNull("error_message")
                .putNull("price")
                .put("price_unit", "USD")
                .put("date_created", "Thu, 01 Jan 2026 10:00:00 +0000")
                .putNull("date_sent")
                .put("api_version", "2010-04-01")
                .put("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json");
        return StandInAnswer.json(201, StandInJson.write(message));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
