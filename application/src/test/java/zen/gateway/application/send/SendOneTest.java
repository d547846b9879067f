package zen.gateway.application.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemorySendStore;
import zen.gateway.application.inmemory.InMemorySenderStore;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.inbound.send.SendOneResult;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.domain.conversation.ServiceWindow;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;
import zen.gateway.domain.send.Sender;

/** One send worked off as a queue message names it: sent once however often it is named, and told when to come back. */
class SendOneTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemorySendStore sends = new InMemorySendStore();
    private final InMemorySenderStore senders = new InMemorySenderStore();
    private final ScriptedSendClient provider = new ScriptedSendClient();
    private final List<SendRecord> toldToQueue = new CopyOnWriteArrayList<>();
    private final SendWorker worker = new SendWorker(sends, senders, Map.of(SendProvider.META, provider), new SendWaiters(),
            SendEvents.NONE, SendSettings.defaults(), clock, StatusesBeforeReply.NONE, toldToQueue::addAll);
    private final SendMessageService service = new SendMessageService(senders, sends, () -> {}, toldToQueue::addAll,
            new SendWaiters(), SendEvents.NONE, SendSettings.defaults(), (project, customer) -> ServiceWindow.after(clock.instant()),
            clock);

    private void aSender(double perSecond) {
        senders.save(new Sender("s1", "acme", "+15550001111", SendProvider.META, Map.of("access_token", "EAAG1"), null,
                perSecond, true, clock.instant(), clock.instant()));
    }

    private String send(String campaignId, Instant sendAt) {
        return service.send(new SendCommand("acme", null, "+919800000001", "template", null, false, "hello", "en", null,
                null, campaignId, null, sendAt, null)).send().messageId();
    }

    @Test
    void aSendIsSentOnceHoweverOftenItsMessageIsDelivered() {
        aSender(80);
        String id = send(null, null);

        assertThat(worker.sendOne(id)).isEqualTo(new SendOneResult.Taken());
        assertThat(worker.sendOne(id)).isEqualTo(new SendOneResult.NotQueued(SendState.ACCEPTED));
        assertThat(worker.sendDue()).isZero();

        assertThat(provider.sent).singleElement().satisfies(m -> assertThat(m.messageId()).isEqualTo(id));
    }

    @Test
    void theQueueIsToldOfEachSendOnceItIsStoredAndSingleSendsRankAboveCampaignSends() {
        aSender(80);
        String single = send(null, null);
        String campaign = send("c1", null);

        assertThat(toldToQueue).extracting(SendRecord::messageId).containsExactly(single, campaign);
        assertThat(toldToQueue).extracting(SendRecord::priority).containsExactly(SendRecord.SINGLE, SendRecord.CAMPAIGN);
    }

    @Test
    void aSendDueLaterIsToldToComeBackAtItsTime() {
        aSender(80);
        Instant at = clock.instant().plusSeconds(90);
        String id = send(null, at);

        assertThat(worker.sendOne(id)).isEqualTo(new SendOneResult.Later(at));
        clock.advance(Duration.ofSeconds(90));
        assertThat(worker.sendOne(id)).isEqualTo(new SendOneResult.Taken());
        assertThat(provider.sent).hasSize(1);
    }

    @Test
    void sendsBeyondTheSendersPaceAreGivenSlotsOneIntervalApart() {
        aSender(2);
        List<String> ids = List.of(send(null, null), send(null, null), send(null, null), send(null, null));

        List<SendOneResult> results = ids.stream().map(worker::sendOne).toList();

        Instant now = clock.instant();
        assertThat(results).containsExactly(new SendOneResult.Taken(), new SendOneResult.Taken(),
                new SendOneResult.Later(now.plusMillis(500)), new SendOneResult.Later(now.plusMillis(1000)));
        assertThat(provider.sent).hasSize(2);
    }

    @Test
    void aThrottledSendIsQueuedAgainAndTheQueueIsToldWhenItIsDue() {
        aSender(80);
        String id = send(null, null);
        toldToQueue.clear();
        provider.next(new SendOutcome.Throttled(Duration.ofSeconds(30), "130429", "rate limit hit"));

        assertThat(worker.sendOne(id)).isEqualTo(new SendOneResult.Taken());

        assertThat(toldToQueue).singleElement().satisfies(r -> {
            assertThat(r.messageId()).isEqualTo(id);
            assertThat(r.state()).isEqualTo(SendState.QUEUED);
            assertThat(r.dueAt()).isAfterOrEqualTo(clock.instant().plusSeconds(30));
        });
        assertThat(worker.sendOne(id)).isInstanceOf(SendOneResult.Later.class);
    }

    @Test
    void aMessageNamingNoStoredSendIsSaidToBeSo() {
        assertThat(worker.sendOne("no-such-id")).isEqualTo(new SendOneResult.NoSuchSend());
    }

    @Test
    void aSendWhoseRecipientsTurnHasNotComeIsToldToComeBackThen() {
        aSender(80);
        SendWorker spaced = new SendWorker(sends, senders, Map.of(SendProvider.META, provider), new SendWaiters(),
                SendEvents.NONE, SendSettings.defaults().withPerRecipientInterval(Duration.ofSeconds(6)), clock,
                StatusesBeforeReply.NONE, toldToQueue::addAll);
        String first = send(null, null);
        String second = send(null, null);

        assertThat(spaced.sendOne(first)).isEqualTo(new SendOneResult.Taken());
        assertThat(spaced.sendOne(second)).isEqualTo(new SendOneResult.Later(clock.instant().plusSeconds(6)));
        clock.advance(Duration.ofSeconds(6));
        assertThat(spaced.sendOne(second)).isEqualTo(new SendOneResult.Taken());
        assertThat(provider.sent).extracting(m -> m.messageId()).containsExactly(first, second);
    }
}
