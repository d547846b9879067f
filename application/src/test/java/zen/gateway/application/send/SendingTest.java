package zen.gateway.application.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.inmemory.InMemoryProjectNumberStore;
import zen.gateway.application.inmemory.InMemorySendStore;
import zen.gateway.application.inmemory.InMemorySenderStore;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.inbound.conversations.ServiceWindowQuery;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;
import zen.gateway.application.port.inbound.projects.NumberTakenException;
import zen.gateway.application.port.inbound.send.NoSenderException;
import zen.gateway.application.port.inbound.send.OutsideServiceWindowException;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.inbound.send.SendConflictException;
import zen.gateway.application.port.inbound.send.SendReceipt;
import zen.gateway.application.port.inbound.send.SenderCommand;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.domain.conversation.ServiceWindow;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/** The send half over in-memory stores and a scripted provider: what is sent, when, how often, and what is kept. */
class SendingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemorySendStore sends = new InMemorySendStore();
    private final InMemorySenderStore senderStore = new InMemorySenderStore();
    private final InMemoryProjectNumberStore numberStore = new InMemoryProjectNumberStore();
    private final ScriptedSendClient provider = new ScriptedSendClient();
    private final SendWaiters waiters = new SendWaiters();
    private final SendSettings settings = SendSettings.defaults();
    private final SendWorker worker = new SendWorker(sends, senderStore, Map.of(SendProvider.META, provider), waiters,
            SendEvents.NONE, settings, clock);
    /** Customers who never wrote; every other customer wrote a moment ago, so their window is open. */
    private final Set<String> silent = new HashSet<>();
    private final ServiceWindowQuery windows =
            (project, customer) -> ServiceWindow.after(silent.contains(customer) ? null : clock.instant().minusSeconds(60));
    private final SendMessageService service = new SendMessageService(senderStore, sends, () -> {}, queued -> {}, waiters,
            SendEvents.NONE, settings, windows, clock);
    private final SendCorrelation correlation = new SendCorrelation(sends, waiters, SendEvents.NONE, clock);
    private SenderManagementService senders;

    @BeforeEach
    void aProjectWithOneMetaSender() {
        ManageProjectNumbersUseCase numbers = new ManageProjectNumbersUseCase() {
            @Override
            public String assign(String project, String number, boolean mayMove) {
                if (!mayMove && numberStore.projectOf(number).filter(p -> !p.equals(project)).isPresent()) {
                    throw new NumberTakenException(number);
                }
                numberStore.assign(number, project);
                return number;
            }

            @Override
            public boolean remove(String project, String number) {
                return numberStore.remove(project, number);
            }

            @Override
            public List<String> numbersOf(String project) {
                return numberStore.numbersOf(project);
            }
        };
        senders = new SenderManagementService(senderStore, Map.of(SendProvider.META, provider),
                url -> url.getHost().equals("169.254.169.254") ? Optional.of("a metadata address") : Optional.empty(),
                numbers, clock);
        senders.register(new SenderCommand("acme", "+1 555 000 1111", "meta", Map.of("access_token", "EAAG1"), null, null, null));
    }

    private static SendCommand text(String to, String key) {
        return new SendCommand("acme", null, to, "text", "hello", false, null, null, null, null, null, "ref-1", null, key);
    }

    @Test
    void aSenderIsCheckedAndMapsItsNumberToTheProject() {
        assertThat(numberStore.projectOf("+15550001111")).contains("acme");
        assertThat(senders.list("acme")).singleElement().satisfies(s -> assertThat(s.isDefault()).isTrue());
        assertThatThrownBy(() -> senders.register(new SenderCommand("acme", "+15550002222", "meta", Map.of(), null, null, null)))
                .hasMessageContaining("missing 'access_token'");
        assertThatThrownBy(() -> senders.register(new SenderCommand("acme", "+15550002222", "nope", Map.of(), null, null, null)))
                .hasMessageContaining("unknown bsp 'nope'");
        assertThatThrownBy(() -> senders.register(new SenderCommand("acme", "+15550002222", "meta",
                Map.of("access_token", "x"), "http://169.254.169.254", null, null))).hasMessageContaining("metadata");
        assertThatThrownBy(() -> senders.register(new SenderCommand("acme", "+15550001111", "meta",
                Map.of("access_token", "x"), null, null, null))).isInstanceOf(SendConflictException.class);
        assertThatThrownBy(() -> senders.register(new SenderCommand("globex", "+15550001111", "meta",
                Map.of("access_token", "x"), null, null, null))).isInstanceOf(NumberTakenException.class);
    }

    @Test
    void aSendIsQueuedThenAcceptedWithTheWamidAndOurIdTravelsWithIt() {
        SendReceipt receipt = service.send(text("+91 98000 00001", null));
        assertThat(receipt.send().state()).isEqualTo(SendState.QUEUED);
        assertThat(receipt.send().to()).isEqualTo("+919800000001");

        assertThat(worker.sendDue()).isOne();

        SendRecord accepted = sends.find(receipt.send().messageId()).orElseThrow();
        assertThat(accepted.state()).isEqualTo(SendState.ACCEPTED);
        assertThat(accepted.wamid()).isEqualTo("wamid.S1");
        assertThat(provider.sent).singleElement().satisfies(m -> assertThat(m.messageId()).isEqualTo(accepted.messageId()));
        assertThat(worker.sendDue()).isZero();
    }

    @Test
    void aTextToACustomerWhoseWindowIsClosedIsRefusedUnlessForcedAndATemplateIsNot() {
        silent.add("+919800000042");

        assertThatThrownBy(() -> service.send(text("+91 98000 00042", null)))
                .isInstanceOf(OutsideServiceWindowException.class).hasMessageContaining("never written");
        SendCommand forced = new SendCommand("acme", null, "+919800000042", "text", "hello", false, null, null, null, null,
                null, null, null, null, true);
        assertThat(service.send(forced).send().state()).isEqualTo(SendState.QUEUED);
        SendCommand template = new SendCommand("acme", null, "+919800000042", "template", null, false, "order_update", "en",
                null, null, null, null, null, null);
        assertThat(service.send(template).send().state()).isEqualTo(SendState.QUEUED);
        assertThat(sends.due(SendState.QUEUED, clock.instant(), 10)).hasSize(2);
    }

    @Test
    void validationNamesTheProblem() {
        assertThatThrownBy(() -> service.send(text("12ab", null))).hasMessageContaining("to must be a phone number");
        assertThatThrownBy(() -> new SendCommand("acme", null, "+919800000001", "text", "x".repeat(4097), false, null, null,
                null, null, null, null, null, null)).hasMessageContaining("at most 4096");
        assertThatThrownBy(() -> new SendCommand("acme", null, "+919800000001", "template", null, false, "t", null,
                null, null, null, null, null, null)).hasMessageContaining("template.language");
        assertThatThrownBy(() -> service.send(new SendCommand("acme", "+15559999999", "+919800000001", "text", "x", false,
                null, null, null, null, null, null, null, null))).hasMessageContaining("is not a sender of project acme");
        assertThatThrownBy(() -> service.send(new SendCommand("empty", null, "+919800000001", "text", "x", false,
                null, null, null, null, null, null, null, null))).isInstanceOf(NoSenderException.class);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstSendAndSendsOnceUntilTheKeyExpires() {
        SendReceipt first = service.send(text("+919800000001", "order-42"));
        SendReceipt again = service.send(text("+919800000001", "order-42"));
        worker.sendDue();

        assertThat(again.repeated()).isTrue();
        assertThat(again.send().messageId()).isEqualTo(first.send().messageId());
        assertThat(provider.sentCount()).isOne();

        clock.advance(Duration.ofHours(25));
        SendReceipt later = service.send(text("+919800000001", "order-42"));
        assertThat(later.repeated()).isFalse();
        assertThat(later.send().messageId()).isNotEqualTo(first.send().messageId());
    }

    @Test
    void aThrottledSendIsTriedAgainAfterItsBackOffAndAPermanentErrorFailsAtOnce() {
        provider.next(new SendOutcome.Throttled(Duration.ofSeconds(30), "130429", "rate limit hit"));
        String id = service.send(text("+919800000001", null)).send().messageId();

        worker.sendDue();
        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.QUEUED);
        assertThat(worker.sendDue()).isZero();
        clock.advance(Duration.ofSeconds(31));
        worker.sendDue();

        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.ACCEPTED);
        assertThat(sends.find(id).orElseThrow().attempts()).isEqualTo(2);

        provider.next(new SendOutcome.Rejected("131026", "undeliverable", SendOutcome.Rejected.Kind.PERMANENT));
        String failed = service.send(text("+919800000002", null)).send().messageId();
        worker.sendDue();
        assertThat(sends.find(failed).orElseThrow().failure().code()).isEqualTo("131026");
        assertThat(sends.find(failed).orElseThrow().state()).isEqualTo(SendState.FAILED);
    }

    @Test
    void anAmbiguousSendIsNeverResentAndIsSettledByAWebhookOrFailsAfterItsDeadline() {
        provider.next(new SendOutcome.Ambiguous("timed out after 30 s"));
        provider.next(new SendOutcome.Ambiguous("timed out after 30 s"));
        String settled = service.send(text("+919800000001", null)).send().messageId();
        String lost = service.send(text("+919800000002", null)).send().messageId();
        worker.sendDue();
        assertThat(sends.find(settled).orElseThrow().state()).isEqualTo(SendState.UNKNOWN);

        assertThat(correlation.echoed(settled, "wamid.W", null)).isTrue();
        clock.advance(Duration.ofMinutes(11));
        worker.settleOverdue();
        worker.sendDue();

        assertThat(sends.find(settled).orElseThrow().state()).isEqualTo(SendState.ACCEPTED);
        assertThat(sends.find(settled).orElseThrow().wamid()).isEqualTo("wamid.W");
        assertThat(sends.find(lost).orElseThrow().failure().code()).isEqualTo("outcome_unknown");
        assertThat(provider.sentCount()).isEqualTo(2);
    }

    @Test
    void aSendClaimedByAProcessThatDiedIsNotSentAgain() {
        String id = service.send(text("+919800000001", null)).send().messageId();
        SendRecord queued = sends.find(id).orElseThrow();
        // what a worker that died between its claim and the provider's answer leaves behind
        sends.replace(queued.moved(SendState.SENDING, null, null, null, null, 1, clock.instant().plus(settings.sendingLease()),
                clock.instant()), SendState.QUEUED);

        clock.advance(settings.sendingLease().plusSeconds(1));
        worker.settleOverdue();
        worker.sendDue();

        assertThat(provider.sentCount()).isZero();
        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.UNKNOWN);
    }

    @Test
    void aSenderIsPacedAtItsRateWithoutWaiting() {
        senders.update(senders.list("acme").get(0).id(), new SenderCommand("acme", null, null, null, null, 2.0, null));
        for (int i = 0; i < 5; i++) {
            service.send(text("+91980000000" + i, null));
        }

        assertThat(worker.sendDue()).isEqualTo(2);
        clock.advance(Duration.ofMillis(500));
        assertThat(worker.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.sendDue()).isEqualTo(2);
    }

    @Test
    void aRecipientWaitsQueuedForItsTurnFromTheSameNumberWhileOtherSendsGo() {
        senders.register(new SenderCommand("acme", "+1 555 000 2222", "meta", Map.of("access_token", "EAAG2"), null, null, null));
        SendWorker spaced = new SendWorker(sends, senderStore, Map.of(SendProvider.META, provider), waiters, SendEvents.NONE,
                settings.withPerRecipientInterval(Duration.ofSeconds(6)), clock);
        String first = service.send(text("+919800000001", null)).send().messageId();
        clock.advance(Duration.ofMillis(1)); // due one after the other: the store takes them in this order
        String second = service.send(text("+919800000001", null)).send().messageId();
        clock.advance(Duration.ofMillis(1));
        String other = service.send(text("+919800000002", null)).send().messageId();
        clock.advance(Duration.ofMillis(1));
        String otherNumber = service.send(new SendCommand("acme", "+15550002222", "+919800000001", "text", "hello", false,
                null, null, null, null, null, null, null, null)).send().messageId();

        assertThat(spaced.sendDue()).isEqualTo(3);
        assertThat(provider.sent).extracting(m -> m.messageId()).containsExactly(first, other, otherNumber);
        SendRecord waiting = sends.find(second).orElseThrow();
        assertThat(waiting.state()).isEqualTo(SendState.QUEUED);
        assertThat(waiting.dueAt()).isEqualTo(clock.instant().plusSeconds(6));
        assertThat(waiting.attempts()).isZero();

        clock.advance(Duration.ofMillis(5_999));
        assertThat(spaced.sendDue()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(spaced.sendDue()).isOne();
        assertThat(provider.sent.getLast().messageId()).isEqualTo(second);
    }

    @Test
    void withoutAPerRecipientIntervalMessagesToOneRecipientGoTogether() {
        service.send(text("+919800000001", null));
        service.send(text("+919800000001", null));

        assertThat(worker.sendDue()).isEqualTo(2);
    }

    @Test
    void aCampaignSendIsStoredBelowSendsOfTheApiWhichOvertakeIt() {
        senders.update(senders.list("acme").get(0).id(), new SenderCommand("acme", null, null, null, null, 1.0, null));
        String campaign = service.send(new SendCommand("acme", null, "+919800000001", "template", null, false, "promo", "en",
                null, null, "camp-1", null, null, null)).send().messageId();
        clock.advance(Duration.ofSeconds(1));
        String single = service.send(text("+919800000002", null)).send().messageId();

        assertThat(sends.find(campaign).orElseThrow().priority()).isEqualTo(SendRecord.CAMPAIGN);
        assertThat(sends.find(single).orElseThrow().priority()).isEqualTo(SendRecord.SINGLE);
        assertThat(worker.sendDue()).isOne();
        assertThat(provider.sent).singleElement().satisfies(m -> assertThat(m.messageId()).isEqualTo(single));
    }

    @Test
    void waitingReturnsTheAnswerOnceTheWorkerHasIt() {
        String id = service.send(text("+919800000001", null)).send().messageId();
        assertThat(service.awaitOutcome(id, Duration.ofMillis(10))).isEmpty();
        worker.sendDue();
        assertThat(service.awaitOutcome(id, Duration.ofMillis(10))).map(m -> m.state()).contains(SendState.ACCEPTED);
    }

    @Test
    void theStatusCallbackCarriesOurIdForTwilioOnly() {
        SendWorker twilio = new SendWorker(sends, senderStore, Map.of(SendProvider.META, provider), waiters, SendEvents.NONE,
                new SendSettings(Duration.ofMinutes(10), Duration.ofMinutes(2), 8, Duration.ofSeconds(1), Duration.ofMinutes(5),
                        Duration.ofHours(24), 10, 10, URI.create("https://gw.example.com/webhook/twilio")), clock);
        service.send(text("+919800000001", null));
        twilio.sendDue();
        assertThat(provider.sent.get(0).statusCallback()).isNull(); // a Meta sender
    }

    @Test
    void aBatchStoresEachGoodItemAndAnswersEachBadOneInItsPlace() {
        var results = service.sendAll(List.of(text("+919800000001", null), text("nope", null),
                new SendCommand("empty", null, "+919800000001", "text", "x", false, null, null, null, null, null, null, null,
                        null)));

        assertThat(results.get(0).receipt().send().state()).isEqualTo(SendState.QUEUED);
        assertThat(results.get(1).refusal()).hasMessageContaining("to must be a phone number");
        assertThat(results.get(2).refusal()).isInstanceOf(NoSenderException.class);
        assertThat(worker.sendDue()).isOne();
    }
}
