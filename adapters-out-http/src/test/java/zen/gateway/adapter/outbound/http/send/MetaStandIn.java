package zen.gateway.adapter.outbound.http.send;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zen.gateway.domain.send.SendProvider;

/**
 * Meta Cloud API's {@code POST /{version}/{phone-number-id}/messages} (bsp/send/meta-cloud-api.md): Bearer token,
 * JSON, Meta's body; answers with a wamid, or Meta's error envelope.
 */
public final class MetaStandIn extends BspStandIn {

    public static final String ACCESS_TOKEN = "EAAFAKEstandinTOKEN0001";
    public static final String PHONE_NUMBER_ID = "200000000000002";

    private static final Pattern PATH = Pattern.compile("/(v[0-9]+\\.[0-9]+)/([0-9]+)/messages");

    private MetaStandIn() {}

    public static MetaStandIn start() {
        MetaStandIn standIn = new MetaStandIn();
        standIn.listen();
        return standIn;
    }

    @Override
    public SendProvider provider() {
        return SendProvider.META;
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("access_token", ACCESS_TOKEN, "phone_number_id", PHONE_NUMBER_ID);
    }

    /** 130429, throughput reached, in HTTP 400. */
    @Override
    public void throttleNext(Duration retryAfter) {
        answerNext(CloudApiAnswers.throughputReached().withRetryAfter(retryAfter));
    }

    /** 131000 "Something went wrong" in HTTP 500. */
    @Override
    public void serverErrorNext() {
        answerNext(CloudApiAnswers.somethingWentWrong());
    }

    /** 131047: the 24-hour window is closed (Meta usually reports it later, in a webhook; sometimes at once). */
    public void windowClosedNext() {
        answerNext(CloudApiAnswers.reEngagementRequired());
    }

    /** Any error of Meta's table, e.g. 132001 "Template name does not exist in the translation". */
    public void errorNext(int httpStatus, int code, String title, String details) {
        answerNext(CloudApiAnswers.error(httpStatus, code, title, details));
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        return ("Bearer " + ACCESS_TOKEN).equals(request.header("Authorization"));
    }

    /** What Graph answers to a token it cannot use: 190 in HTTP 401. */
    @Override
    protected StandInAnswer unauthorized(RecordedRequest request) {
        return CloudApiAnswers.error(401, 190, "Invalid OAuth access token - Cannot parse access token", null);
    }

    @Override
    protected List<String> problems(RecordedRequest request) {
        Checks checks = new Checks();
        checks.method(request, "POST");
        Matcher path = PATH.matcher(request.path());
        checks.expect(path.matches(), "path must be /{version}/{phone-number-id}/messages, not " + request.path());
        if (path.matches()) {
            checks.expect(path.group(2).equals(PHONE_NUMBER_ID), "no phone number with id " + path.group(2));
        }
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
        return CloudApiAnswers.accepted(request.json(), "wamid.STANDIN_META_" + sequence, true);
    }
}
