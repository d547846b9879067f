package zen.gateway.application.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.contract.Fixtures;
import zen.gateway.application.inmemory.InMemoryCampaignStore;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.inmemory.InMemoryOptOutStore;
import zen.gateway.application.inmemory.InMemoryRecipientStore;
import zen.gateway.application.inmemory.InMemorySendStore;
import zen.gateway.application.inmemory.InMemorySenderStore;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.inbound.campaigns.CampaignCommand;
import zen.gateway.application.port.inbound.campaigns.CampaignConflictException;
import zen.gateway.application.port.inbound.campaigns.RecipientLine;
import zen.gateway.application.port.inbound.campaigns.UploadReport;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.outbound.campaigns.CampaignStores;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.application.send.SendEvents;
import zen.gateway.application.send.SendMessageService;
import zen.gateway.application.send.SendSettings;
import zen.gateway.application.send.SendWaiters;
import zen.gateway.application.send.SendWorker;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;
import zen.gateway.domain.campaign.CampaignStatus;
import zen.gateway.domain.campaign.RecipientStatus;
import zen.gateway.domain.conversation.ServiceWindow;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.Sender;

/** Campaigns over in-memory stores, the real send use case and worker, and a provider that records what it got. */
class CampaignsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemorySendStore sends = new InMemorySendStore();
    private final InMemorySenderStore senders = new InMemorySenderStore();
    private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    private final InMemoryRecipientStore recipients = new InMemoryRecipientStore();
    private final InMemoryOptOutStore optOuts = new InMemoryOptOutStore();
    private final InMemoryMessageStore messages = new InMemoryMessageStore();
    private final List<OutgoingMessage> sent = Collections.synchronizedList(new ArrayList<>());
    private final RecipientProgress progress = new RecipientProgress(recipients, messages);
    private final SendEvents sendEvents = new CampaignSendEvents(SendEvents.NONE, progress);
    private final SendSettings sendSettings = SendSettings.defaults();
    private final SendWaiters waiters = new SendWaiters();
    // every customer wrote a moment ago: the single sends here are texts inside the service window
    private final SendMessageService sending = new SendMessageService(senders, sends, () -> {}, queued -> {}, waiters, sendEvents,
            sendSettings, (project, customer) -> ServiceWindow.after(clock.instant()), clock);
    private final SendWorker worker = new SendWorker(sends, senders, Map.of(SendProvider.META, new RecordingClient()),
            waiters, sendEvents, sendSettings, clock);
    private final CampaignSettings settings = new CampaignSettings(10, 20, null, null);
    /** Each move told, as {@code from>to}. */
    private final List<String> told = Collections.synchronizedList(new ArrayList<>());
    private final CampaignEvents events = (campaign, from) -> told.add(from.wireName() + ">" + campaign.status().wireName());
    private final CampaignService service = new CampaignService(campaigns, recipients, optOuts, sends, clock, events);
    private final OptOutService optOutService = new OptOutService(optOuts, clock);
    private final CampaignRunner runner = new CampaignRunner(new CampaignStores(campaigns, recipients, optOuts, sends),
            sending, sends, senders, progress, events, settings, clock);

    /** Accepts everything with wamid.<our message id>. */
    private final class RecordingClient implements BspSendClient {
        @Override
        public SendProvider provider() {
            return SendProvider.META;
        }

        @Override
        public CompletableFuture<SendOutcome> send(SenderAccount account, OutgoingMessage message) {
            sent.add(message);
            return CompletableFuture.completedFuture(new SendOutcome.Accepted("wamid." + message.messageId(), null, "accepted"));
        }

        @Override
        public List<String> credentialProblems(Map<String, String> credentials) {
            return List.of();
        }
    }

    @BeforeEach
    void aProjectWithAFastSender() {
        senders.save(new Sender("s-1", "acme", "+15550001111", SendProvider.META, Map.of("access_token", "t"), null,
                10_000, true, clock.instant(), clock.instant()));
    }

    private Campaign draft() {
        return service.create(new CampaignCommand("acme", "Diwali", null, "offer", "en", null));
    }

    private static Iterator<RecipientLine> lines(long count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(i -> new RecipientLine(i, "+9198" + String.format("%08d", i), List.of("name" + i, "code" + i), null))
                .iterator();
    }

    /** Runner and worker until neither has anything left to do. */
    private void runToTheEnd() {
        for (int pass = 0; pass < 1_000; pass++) {
            int handed = runner.runDue();
            int sentNow = worker.sendDue();
            if (handed == 0 && sentNow == 0) {
                runner.runDue(); // completes when all is settled
                return;
            }
        }
    }

    private CampaignFunnel funnel(Campaign campaign) {
        return service.find(campaign.id()).orElseThrow().funnel();
    }

    @Test
    void anUploadCountsEveryLineOnceAndEachNumberGetsItsParametersOnce() {
        optOutService.optOut("acme", "+91 98 0000 0003", "api");
        Campaign campaign = draft();
        List<RecipientLine> upload = new ArrayList<>();
        lines(5).forEachRemaining(upload::add);
        upload.add(new RecipientLine(6, "0091 98 0000 0001", List.of("again", "x"), null));
        upload.add(new RecipientLine(7, "not a number", List.of(), null));
        upload.add(RecipientLine.unreadable(8, "unterminated quote"));

        UploadReport report = service.addRecipients(campaign.id(), upload.iterator());
        UploadReport second = service.addRecipients(campaign.id(), lines(6));

        assertThat(report.added()).isEqualTo(4);
        assertThat(report.optedOut()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.invalidCount()).isEqualTo(2);
        assertThat(report.invalid()).extracting(UploadReport.LineError::line).containsExactly(7L, 8L);
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.duplicates()).isEqualTo(5);

        service.start(campaign.id());
        runToTheEnd();

        assertThat(sent).hasSize(5);
        assertThat(sent.stream().map(OutgoingMessage::to).distinct()).hasSize(5);
        assertThat(sent).filteredOn(m -> m.to().equals("+919800000002")).singleElement()
                .satisfies(m -> assertThat(((MessageContent.Template) m.content()).parameters()).containsExactly("name2", "code2"));
        CampaignFunnel funnel = funnel(campaign);
        assertThat(funnel.count(RecipientStatus.ACCEPTED)).isEqualTo(5);
        assertThat(funnel.count(RecipientStatus.OPTED_OUT)).isEqualTo(1);
        assertThat(funnel.recipients()).isEqualTo(6);
        assertThat(funnel.duplicates()).isEqualTo(6);
        assertThat(funnel.invalid()).isEqualTo(2);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThatThrownBy(() -> service.addRecipients(campaign.id(), lines(1))).isInstanceOf(CampaignConflictException.class);
        assertThat(told).containsExactly("draft>running", "running>completed");
    }

    @Test
    void recipientsLeftBehindBetweenTheirSendsAnswerAndTheirMoveAreCaughtUpSoTheCampaignCompletes() {
        // answers that reach the store but not the recipients: what a kill between the two writes leaves
        SendWorker answeringOnlyTheStore = new SendWorker(sends, senders, Map.of(SendProvider.META, new RecordingClient()),
                waiters, SendEvents.NONE, sendSettings, clock);
        Campaign campaign = draft();
        service.addRecipients(campaign.id(), lines(3));
        service.start(campaign.id());
        runner.runDue();
        answeringOnlyTheStore.sendDue();
        assertThat(funnel(campaign).count(RecipientStatus.QUEUED)).isEqualTo(3);

        runner.runDue();

        assertThat(funnel(campaign).count(RecipientStatus.ACCEPTED)).isEqualTo(3);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(sent).hasSize(3);
    }

    @Test
    void aSenderAtItsMessagingLimitHandsOutNoNewRecipientUntilTheWindowHasRoom() {
        senders.save(new Sender("s-1", "acme", "+15550001111", SendProvider.META, Map.of("access_token", "t"), null,
                10_000, true, clock.instant(), clock.instant(), 250));
        // a single template send to someone the campaign does not have counts against the day's reach
        sending.send(new SendCommand("acme", null, "+14155550100", "template", null, false, "welcome", "en", List.of(),
                null, null, null, null, null));
        clock.advance(Duration.ofHours(1));
        Campaign campaign = draft();
        service.addRecipients(campaign.id(), lines(300));
        service.start(campaign.id());
        runToTheEnd();

        assertThat(sent).hasSize(250);
        assertThat(funnel(campaign).count(RecipientStatus.PENDING)).isEqualTo(51);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
        // a single send is not held back by the limit
        sending.send(new SendCommand("acme", null, "+14155550101", "template", null, false, "welcome", "en", List.of(),
                null, null, null, null, null));
        worker.sendDue();
        assertThat(sent).hasSize(251);

        clock.advance(Duration.ofHours(23)); // the first single send's day is over; the second one's place is taken
        runToTheEnd();
        assertThat(sent).hasSize(251);
        clock.advance(Duration.ofHours(1));
        runToTheEnd();

        assertThat(sent).hasSize(302);
        assertThat(sent.stream().map(OutgoingMessage::to).distinct()).hasSize(302);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void statusWebhooksFillTheFunnelAndNeverMoveARecipientBack() {
        Campaign campaign = draft();
        service.addRecipients(campaign.id(), lines(3));
        service.start(campaign.id());
        runToTheEnd();
        CampaignFunnelUpdates webhooks = new CampaignFunnelUpdates(messages, progress);
        List<String> wamids = sent.stream().map(m -> "wamid." + m.messageId()).toList();

        webhooks.apply(List.of(
                Fixtures.update("n1", Fixtures.details(wamids.get(0), null), MessageStatus.READ, clock.instant()),
                Fixtures.update("n2", Fixtures.details(wamids.get(0), null), MessageStatus.DELIVERED, clock.instant()),
                Fixtures.update("n3", Fixtures.details(wamids.get(1), null), MessageStatus.SENT, clock.instant()),
                Fixtures.update("n4", Fixtures.details(wamids.get(2), null), MessageStatus.FAILED, clock.instant())));

        CampaignFunnel funnel = funnel(campaign);
        assertThat(funnel.count(RecipientStatus.READ)).isOne();
        assertThat(funnel.count(RecipientStatus.SENT)).isOne();
        assertThat(funnel.count(RecipientStatus.FAILED)).isOne();
        assertThat(funnel.rate(funnel.delivered())).isEqualTo(0.3333);
    }

    @Test
    void aSendThatWentOutBeforeACrashIsNotSentAgain() {
        Campaign campaign = draft();
        service.addRecipients(campaign.id(), lines(3));
        service.start(campaign.id());
        // the runner sent recipient 1 and died before it marked it handed out
        var first = recipients.pending(campaign.id(), 1).get(0);
        sending.send(new SendCommand("acme", null, first.phone(), "template", null, false, "offer", "en",
                first.parameters(), null, campaign.id(), null, null, CampaignRunner.idempotencyKey(campaign, first)));
        worker.sendDue();

        runToTheEnd();

        assertThat(sent).hasSize(3);
        assertThat(funnel(campaign).count(RecipientStatus.ACCEPTED)).isEqualTo(3);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void singleSendsGoFirstAndPauseStopsHandingOut() {
        Campaign campaign = draft();
        service.addRecipients(campaign.id(), lines(30));
        service.start(campaign.id());
        sending.send(new SendCommand("acme", null, "+15550009999", "text", "hi", false, null, null, null, null, null, null,
                null, null));

        assertThat(runner.runDue()).isZero();
        worker.sendDue();
        assertThat(runner.runDue()).isEqualTo(10);

        service.pause(campaign.id());
        worker.sendDue();
        assertThat(runner.runDue()).isZero();
        assertThat(sent).hasSize(11);

        service.resume(campaign.id());
        runToTheEnd();
        assertThat(sent).hasSize(31);
    }

    @Test
    void cancellingWithdrawsWhatDidNotGoOut() {
        Campaign campaign = draft();
        service.addRecipients(campaign.id(), lines(30));
        service.start(campaign.id());
        assertThat(runner.runDue()).isEqualTo(10);

        service.cancel(campaign.id());
        runToTheEnd();

        assertThat(sent).isEmpty();
        CampaignFunnel funnel = funnel(campaign);
        assertThat(funnel.count(RecipientStatus.CANCELLED)).isEqualTo(20);
        assertThat(funnel.count(RecipientStatus.FAILED)).isEqualTo(10);
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThatThrownBy(() -> service.resume(campaign.id())).isInstanceOf(CampaignConflictException.class);
        assertThat(told).containsExactly("draft>running", "running>cancelled");
    }

    @Test
    void aCampaignStartedForLaterWaitsForItsTime() {
        Campaign campaign = service.create(new CampaignCommand("acme", "later", null, "offer", "en",
                clock.instant().plus(Duration.ofHours(1))));
        service.addRecipients(campaign.id(), lines(2));

        assertThat(service.start(campaign.id()).status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(runner.runDue()).isZero();
        clock.advance(Duration.ofHours(1));
        runToTheEnd();

        assertThat(sent).hasSize(2);
        assertThat(told).containsExactly("draft>scheduled", "scheduled>running", "running>completed");
    }

    @Test
    void stopAndStartKeywordsMoveTheSenderOnAndOffTheList() {
        StopKeywords keywords = new StopKeywords(optOuts, CampaignSettings.defaults(), clock);

        keywords.received(inbound(" stop "), "acme");
        assertThat(optOuts.optedOut("acme", List.of("+919800000001"))).hasSize(1);
        keywords.received(inbound("stop please"), "acme");
        keywords.received(inbound("Start"), "acme");
        assertThat(optOuts.optedOut("acme", List.of("+919800000001"))).isEmpty();
        keywords.received(inbound("UNSUBSCRIBE"), null);
        assertThat(optOuts.list("acme", null, 10)).isEmpty();
    }

    private InboundMessage inbound(String text) {
        return new InboundMessage(new EventId("e-" + text), Bsp.META, Topic.of("meta.messages"), clock.instant(), "wamid.in",
                "919800000001", "15550001111", null, "Asha", "text", text, null);
    }
}
