package zen.gateway.adapter.outbound.http.send;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.send.SendProvider;

/**
 * 360dialog's {@code POST /messages} (bsp/send/360dialog.md): {@code D360-API-KEY}, Meta's JSON body and reply.
 * Its own errors use the older {@code {"meta": {httpCode, developerMessage, success}}} envelope (§4); their texts,
 * but for "Invalid api_key", are the doc's names of the conditions, not captured replies.
 */
public final class Dialog360StandIn extends BspStandIn {

    public static final String API_KEY = "FAKEd360standinKEY0001";

    private Dialog360StandIn() {}

    public static Dialog360StandIn start() {
        Dialog360StandIn standIn = new Dialog360StandIn();
        standIn.listen();
        return standIn;
    }

    @Override
    public SendProvider provider() {
        return SendProvider.DIALOG360;
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("api_key", API_KEY);
    }

    /** 360dialog's own endpoint rate limit: HTTP 400, not 429 (§4). */
    @Override
    public void throttleNext(Duration retryAfter) {
        answerNext(ownError(400, "Endpoint rate limit exceeded").withRetryAfter(retryAfter));
    }

    @Override
    public void serverErrorNext() {
        answerNext(ownError(500, "Internal server error"));
    }

    /** Meta's 130429, passed through. */
    public void metaThrottleNext() {
        answerNext(CloudApiAnswers.throughputReached());
    }

    /** Meta's 131047, passed through. */
    public void windowClosedNext() {
        answerNext(CloudApiAnswers.reEngagementRequired());
    }

    /** Any Meta error, passed through. */
    public void metaErrorNext(int httpStatus, int code, String title, String details) {
        answerNext(CloudApiAnswers.error(httpStatus, code, title, details));
    }

    /** The number is blocked for unpaid invoices: HTTP 400 (§4). */
    public void unpaidInvoicesNext() {
        answerNext(ownError(400, "Blocked for unpaid invoices"));
    }

    static StandInAnswer ownError(int httpStatus, String message) {
        var body = StandInJson.object();
        body.putObject("meta").put("httpCode", httpStatus).put("developerMessage", message).put("success", false);
        return StandInAnswer.json(httpStatus, StandInJson.write(body));
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        return API_KEY.equals(request.header("D360-API-KEY"));
    }

    @Override
    protected StandInAnswer unauthorized(RecordedRequest request) {
        return ownError(401, "Invalid api_key");
    }

    @Override
    protected List<String> problems(RecordedRequest request) {
        Checks checks = new Checks();
        checks.method(request, "POST");
        checks.path(request, "/messages");
        checks.expect(request.header("Authorization") == null, "360dialog takes D360-API-KEY, no Authorization header");
        checks.contentType(request, "application/json");
        CloudApiChecks.check(request.json(), true, checks);
        return checks.problems();
    }

    @Override
    protected StandInAnswer invalid(RecordedRequest request, List<String> problems) {
        return CloudApiAnswers.invalidParameter(problems);
    }

    @Override
    protected StandInAnswer accepted(RecordedRequest request, int sequence) {
        return CloudApiAnswers.accepted(request.json(), "wamid.STANDIN_360_" + sequence, true);
    }
}
