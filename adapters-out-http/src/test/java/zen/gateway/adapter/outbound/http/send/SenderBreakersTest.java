package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

class SenderBreakersTest {

    private final MetaStandIn meta = MetaStandIn.start();
    private final BspSendClients clients = BspSendClients.start(BspSendSettings.defaults());

    @AfterEach
    void stop() {
        clients.close();
        meta.close();
    }

    private static OutgoingMessage message(int n) {
        return new OutgoingMessage("m-" + n, "+919800000001", new MessageContent.Text("hi", false));
    }

    @Test
    void aRefusedSenderIsNotCalledAgainUntilItsBreakerLetsATrialThroughAndNewCredentialsStartClosed() {
        BspSendClient guarded = clients.guardedPerSender(Duration.ofMillis(300)).get(SendProvider.META);
        Map<String, String> wrong = new HashMap<>(meta.credentials());
        wrong.put("access_token", "EAAwrong");
        SenderAccount refused = new SenderAccount(SendProvider.META, "+15550001111", wrong, meta.baseUrl());

        assertThat(guarded.send(refused, message(1)).join()).isInstanceOf(SendOutcome.Rejected.class);
        int calls = meta.requests().size();
        assertThat(guarded.send(refused, message(2)).join()).isInstanceOf(SendOutcome.NotSent.class);
        assertThat(meta.requests()).hasSize(calls);

        assertThat(guarded.send(meta.account("+15550001111"), message(3)).join()).isInstanceOf(SendOutcome.Accepted.class);
        // while open the breaker answers NotSent without a request; once its open time is over, the trial goes out
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> guarded.send(refused, message(4)).join() instanceof SendOutcome.Rejected);
        assertThat(meta.requests()).hasSize(calls + 2);
    }
}
