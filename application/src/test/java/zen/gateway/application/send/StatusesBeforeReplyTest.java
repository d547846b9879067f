package zen.gateway.application.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.inmemory.InMemorySendStore;
import zen.gateway.application.inmemory.InMemorySenderStore;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;
import zen.gateway.domain.send.Sender;

/**
 * A provider that echoes none of our ids (Gupshup) replies after its first status webhook: the reply settles the
 * send with what that webhook said, so the waiter and the send events see a failed message as failed.
 */
class StatusesBeforeReplyTest {

    private static final String GUPSHUP_ID = "3f1c2d4e-0000-4000-8000-000000000001";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemorySendStore sends = new InMemorySendStore();
    private final InMemorySenderStore senders = new InMemorySenderStore();
    private final InMemoryMessageStore tracked = new InMemoryMessageStore();
    private final SendWaiters waiters = new SendWaiters();
    private final List<SendRecord> settled = new ArrayList<>();
    private final SendEvents events = new SendEvents() {
        @Override
        public void queued(SendRecord send) {}

        @Override
        public void settled(SendRecord send) {
            settled.add(send);
        }
    };
    private final ScriptedSendClient gupshup = new ScriptedSendClient();
    private final SendWorker worker = new SendWorker(sends, senders, Map.of(SendProvider.GUPSHUP, gupshup), waiters, events,
            SendSettings.defaults(), clock, new StatusesBeforeReply(tracked));

    private String queuedSend() {
        Sender sender = new Sender("s-1", "acme", "+15550001111", SendProvider.GUPSHUP,
                Map.of("api_key", "k", "app_name", "a"), null, 80, true, clock.instant(), clock.instant());
        senders.save(sender);
        SendRecord send = SendRecord.queued("0190a000-0000-7000-8000-000000000001", "acme", sender.id(),
                SendProvider.GUPSHUP, sender.businessNumber(), "+919800000001", new MessageContent.Text("hi", false), null,
                null, null, clock.instant(), clock.instant());
        sends.insert(send);
        return send.messageId();
    }

    private void webhook(MessageStatus status, Failure failure) {
        tracked.apply(List.of(new MessageUpdate("t-" + status, new MessageDetails(null, "gupshup", GUPSHUP_ID,
                "+919800000001", "+15550001111", "acme", null),
                new StatusObservation(status, "gupshup", clock.instant(), clock.instant()), failure)));
    }

    @Test
    void aFailedWebhookBeforeTheReplyFailsTheSendWithItsCode() {
        String id = queuedSend();
        CompletableFuture<SendRecord> waiter = waiters.register(id);
        webhook(MessageStatus.FAILED, new Failure("1002", "Number does not exist on WhatsApp"));
        gupshup.next(new SendOutcome.Accepted(null, GUPSHUP_ID, "submitted"));

        worker.sendDue();

        SendRecord send = sends.find(id).orElseThrow();
        assertThat(send.state()).isEqualTo(SendState.FAILED);
        assertThat(send.bspMessageId()).isEqualTo(GUPSHUP_ID);
        assertThat(send.failure().code()).isEqualTo("1002");
        assertThat(waiter.getNow(null).state()).isEqualTo(SendState.FAILED);
        assertThat(settled).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(SendState.FAILED));
    }

    @Test
    void aDeliveredWebhookBeforeTheReplyLeavesTheSendAcceptedAndSoDoesOneThatFailedThenDelivered() {
        String id = queuedSend();
        webhook(MessageStatus.FAILED, new Failure("1002", "on one device"));
        webhook(MessageStatus.DELIVERED, null);
        gupshup.next(new SendOutcome.Accepted(null, GUPSHUP_ID, "submitted"));

        worker.sendDue();

        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.ACCEPTED);
        assertThat(settled).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(SendState.ACCEPTED));
    }

    @Test
    void anEchoOfAFailedMessageSettlesAnUnknownSendAsFailed() {
        String id = queuedSend();
        gupshup.next(new SendOutcome.Ambiguous("timed out"));
        worker.sendDue();
        SendCorrelation correlation = new SendCorrelation(sends, waiters, events, clock, new StatusesBeforeReply(tracked));
        webhook(MessageStatus.FAILED, new Failure("131026", "Message undeliverable"));

        assertThat(correlation.echoed(id, null, GUPSHUP_ID)).isTrue();

        SendRecord send = sends.find(id).orElseThrow();
        assertThat(send.state()).isEqualTo(SendState.FAILED);
        assertThat(send.failure().code()).isEqualTo("131026");
        assertThat(send.bspMessageId()).isEqualTo(GUPSHUP_ID);
    }

    @Test
    void aReplyWithoutEarlierWebhooksIsAccepted() {
        String id = queuedSend();
        gupshup.next(new SendOutcome.Accepted(null, GUPSHUP_ID, "submitted"));

        worker.sendDue();

        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.ACCEPTED);
    }
}
