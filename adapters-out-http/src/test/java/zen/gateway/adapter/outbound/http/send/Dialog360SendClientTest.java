package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;

class Dialog360SendClientTest extends BspSendClientContract {

    private Dialog360StandIn dialog360;

    @Override
    BspStandIn startStandIn() {
        dialog360 = Dialog360StandIn.start();
        return dialog360;
    }

    @Override
    MessageContent.Template template(List<String> parameters) {
        return new MessageContent.Template("order_shipped_v2", "en", parameters);
    }

    @Override
    void assertTextAsDocumented(RecordedRequest request) {
        assertThat(request.header("D360-API-KEY")).isEqualTo(Dialog360StandIn.API_KEY);
        assertThat(request.header("Authorization")).isNull();
        MetaSendClientTest.assertCloudApiText(request.json());
    }

    @Override
    void assertParametersInOrder(RecordedRequest request, List<String> parameters) {
        MetaSendClientTest.assertCloudApiTemplate(request.json().path("template"), parameters);
    }

    @Override
    void assertIdsOfFirstAcceptance(SendOutcome.Accepted accepted) {
        assertThat(accepted).isEqualTo(new SendOutcome.Accepted("wamid.STANDIN_360_1", null, null));
    }

    @Override
    String documentedTextPath() {
        return "/messages";
    }

    @Override
    String secretField() {
        return "api_key";
    }

    @Test
    void itsOwnRateLimitInHttp400IsThrottling() {
        dialog360.throttleNext(null);

        assertThat(send(text())).isEqualTo(
                new SendOutcome.Throttled(null, null, "HTTP 400: Endpoint rate limit exceeded"));
    }

    @Test
    void metasErrorsPassThroughWithMetasCodes() {
        dialog360.metaThrottleNext();
        dialog360.windowClosedNext();
        dialog360.metaErrorNext(400, 132001, "Template name does not exist in the translation", null);

        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Throttled.class,
                throttled -> assertThat(throttled.code()).isEqualTo("130429"));
        assertThat(send(text())).isInstanceOfSatisfying(SendOutcome.Rejected.class,
                rejected -> assertThat(rejected.kind()).isEqualTo(Kind.OUTSIDE_WINDOW));
        assertThat(send(new OutgoingMessage(MESSAGE_ID, RECIPIENT, template(List.of())))).isInstanceOfSatisfying(
                SendOutcome.Rejected.class, rejected -> {
                    assertThat(rejected.kind()).isEqualTo(Kind.PERMANENT);
                    assertThat(rejected.code()).isEqualTo("132001");
                });
    }

    @Test
    void unpaidInvoicesInHttp400StopTheSender() {
        dialog360.unpaidInvoicesNext();

        assertThat(send(text())).isEqualTo(
                new SendOutcome.Rejected(null, "HTTP 400: Blocked for unpaid invoices", Kind.SENDER_BLOCKED));
    }

    @Test
    void readsItsOwnErrorsAsBareTextToo() {
        dialog360.answerNext(StandInAnswer.of(400, "text/plain", "Limit of 1 request every 5 seconds"));

        assertThat(send(text())).isInstanceOf(SendOutcome.Throttled.class);
    }
}
