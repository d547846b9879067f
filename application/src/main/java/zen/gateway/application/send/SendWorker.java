package zen.gateway.application.send;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.application.port.inbound.send.SendOneResult;
import zen.gateway.application.port.inbound.send.WorkOffSendsUseCase;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendQueue;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;
import zen.gateway.domain.send.Sender;

/**
 * Works off the sends that are due: paces each sender number (and, when set, each of its recipients), claims a send
 * ({@code queued → sending}, a compare-and-set, so one node sends it once), hands it to the provider's client without
 * waiting, and stores what came of it. Only what the provider says it did not process (throttled) or what never
 * reached it is queued again; a timeout or server error after the request went out leaves it {@code unknown}, never
 * resent. The transport calls {@link #sendDue()} and {@link #settleOverdue()} on its own schedule, and {@link #sendOne}
 * for each send its queue hands over; a send queued again is told to the transport's {@link SendQueue}. Thread-safe.
 */
public final class SendWorker implements WorkOffSendsUseCase {

    /** How long a send waits when this node has as many sends waiting for providers as it may. */
    static final Duration BUSY_RETRY = Duration.ofMillis(500);

    private final SendStore sends;
    private final SenderStore senders;
    private final Map<SendProvider, BspSendClient> clients;
    private final SendWaiters waiters;
    private final SendEvents events;
    private final SendSettings settings;
    private final Clock clock;
    private final SenderPacing pacing;
    private final RecipientSpacing spacing;
    private final StatusesBeforeReply earlierStatuses;
    private final PacingSlots slots = new PacingSlots();
    private final SendQueue queue;
    private final AtomicInteger inFlight = new AtomicInteger();

    public SendWorker(SendStore sends, SenderStore senders, Map<SendProvider, BspSendClient> clients, SendWaiters waiters,
            SendEvents events, SendSettings settings, Clock clock) {
        this(sends, senders, clients, waiters, events, settings, clock, StatusesBeforeReply.NONE);
    }

    /** @param earlierStatuses what webhooks that overtook a provider's reply reported, applied when the reply comes */
    public SendWorker(SendStore sends, SenderStore senders, Map<SendProvider, BspSendClient> clients, SendWaiters waiters,
            SendEvents events, SendSettings settings, Clock clock, StatusesBeforeReply earlierStatuses) {
        this(sends, senders, clients, waiters, events, settings, clock, earlierStatuses, SendQueue.STORE_ONLY);
    }

    /**
     * @param earlierStatuses what webhooks that overtook a provider's reply reported, applied when the reply comes
     * @param queue           told of each send queued again (throttled, or nothing reached the provider); a transport
     *                        whose worker polls the store finds those there
     */
    public SendWorker(SendStore sends, SenderStore senders, Map<SendProvider, BspSendClient> clients, SendWaiters waiters,
            SendEvents events, SendSettings settings, Clock clock, StatusesBeforeReply earlierStatuses, SendQueue queue) {
        this.sends = sends;
        this.senders = senders;
        this.clients = Map.copyOf(clients);
        this.waiters = waiters;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.pacing = new SenderPacing(clock);
        this.spacing = new RecipientSpacing(settings.perRecipientInterval());
        this.earlierStatuses = earlierStatuses;
        this.queue = queue;
    }

    @Override
    public int sendDue() {
        Instant now = clock.instant();
        Map<String, Optional<Sender>> sendersSeen = new HashMap<>();
        int started = 0;
        for (SendRecord queued : sends.due(SendState.QUEUED, now, settings.batchSize())) {
            if (inFlight.get() >= settings.maxInFlight()) {
                break;
            }
            Optional<Sender> sender = sendersSeen.computeIfAbsent(queued.senderId(),
                    id -> senders.find(queued.projectOwnerId(), id));
            if (sender.isEmpty()) {
                store(queued.failed(new SendFailure("sender_removed", "the sender was removed before the message went out",
                        false), now), SendState.QUEUED);
                continue;
            }
            if (!pacing.tryTake(sender.get().businessNumber(), sender.get().ratePerSecond())) {
                continue; // stays queued for the next pass: no thread waits for a token
            }
            if (turnOfItsRecipient(queued, now).isPresent()) {
                continue; // the number's token is spent; cheaper than a recipient's turn lost to an empty bucket
            }
            SendRecord sending = queued.moved(SendState.SENDING, queued.wamid(), queued.bspMessageId(),
                    queued.providerStatus(), null, queued.attempts() + 1, now.plus(settings.sendingLease()), now);
            if (sends.replace(sending, SendState.QUEUED)) {
                start(sending, sender.get());
                started++;
            }
        }
        return started;
    }

    /**
     * Moves a send whose recipient had a message from the same number too recently to when its turn comes, and says
     * when that is; empty when it may go now.
     */
    private Optional<Instant> turnOfItsRecipient(SendRecord queued, Instant now) {
        Optional<Instant> turn = spacing.tryTake(queued.from(), queued.to(), now);
        turn.ifPresent(at -> sends.replace(queued.requeued(at, now), SendState.QUEUED));
        return turn;
    }

    @Override
    public SendOneResult sendOne(String messageId) {
        Optional<SendRecord> found = sends.find(messageId);
        if (found.isEmpty()) {
            return new SendOneResult.NoSuchSend();
        }
        SendRecord queued = found.get();
        if (queued.state() != SendState.QUEUED) {
            return new SendOneResult.NotQueued(queued.state());
        }
        Instant now = clock.instant();
        if (queued.dueAt().isAfter(now)) {
            return new SendOneResult.Later(queued.dueAt());
        }
        if (inFlight.get() >= settings.maxInFlight()) {
            return new SendOneResult.Later(now.plus(BUSY_RETRY));
        }
        Optional<Sender> sender = senders.find(queued.projectOwnerId(), queued.senderId());
        if (sender.isEmpty()) {
            store(queued.failed(new SendFailure("sender_removed", "the sender was removed before the message went out",
                    false), now), SendState.QUEUED);
            return new SendOneResult.Taken();
        }
        String number = sender.get().businessNumber();
        if (!pacing.tryTake(number, sender.get().ratePerSecond())) {
            return new SendOneResult.Later(slots.reserve(number, sender.get().ratePerSecond(), now));
        }
        Optional<Instant> turn = turnOfItsRecipient(queued, now);
        if (turn.isPresent()) {
            return new SendOneResult.Later(turn.get());
        }
        SendRecord sending = queued.moved(SendState.SENDING, queued.wamid(), queued.bspMessageId(),
                queued.providerStatus(), null, queued.attempts() + 1, now.plus(settings.sendingLease()), now);
        if (!sends.replace(sending, SendState.QUEUED)) {
            return sends.find(messageId).<SendOneResult>map(r -> new SendOneResult.NotQueued(r.state()))
                    .orElseGet(SendOneResult.NoSuchSend::new); // claimed by a sweep or another node meanwhile
        }
        start(sending, sender.get());
        return new SendOneResult.Taken();
    }

    public int inFlight() {
        return inFlight.get();
    }

    private void start(SendRecord sending, Sender sender) {
        inFlight.incrementAndGet();
        CompletableFuture<SendOutcome> outcome;
        try {
            SenderAccount account = new SenderAccount(sender.provider(), sender.businessNumber(), sender.credentials(),
                    sender.baseUrl());
            outcome = clients.get(sender.provider()).send(account,
                    new OutgoingMessage(sending.messageId(), sending.to(), sending.content(), statusCallback(sending)));
        } catch (RuntimeException e) {
            outcome = CompletableFuture.completedFuture(new SendOutcome.Rejected("invalid_request", e.getMessage(),
                    SendOutcome.Rejected.Kind.PERMANENT));
        }
        outcome.whenComplete((result, error) -> {
            try {
                settle(sending, result != null ? result : new SendOutcome.Ambiguous(String.valueOf(error)));
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private URI statusCallback(SendRecord send) {
        URI base = settings.twilioStatusCallback();
        if (base == null || send.provider() != SendProvider.TWILIO) {
            return null;
        }
        return URI.create(base + (base.getRawQuery() == null ? "?" : "&") + SendCorrelation.TWILIO_PARAMETER + "=" + send.messageId());
    }

    void settle(SendRecord sending, SendOutcome outcome) {
        Instant now = clock.instant();
        SendRecord next = switch (outcome) {
            case SendOutcome.Accepted a -> earlierStatuses.applyTo(sending.moved(SendState.ACCEPTED, a.wamid(), a.bspMessageId(),
                    a.providerStatus(), null, sending.attempts(), now, now), now);
            case SendOutcome.Throttled t -> again(sending, t.retryAfter(), new SendFailure(t.code(), t.reason(), true), now);
            case SendOutcome.NotSent n -> again(sending, null, new SendFailure("not_sent", n.reason(), true), now);
            case SendOutcome.Rejected r -> sending.failed(new SendFailure(r.code(), r.reason(), false), now);
            case SendOutcome.Ambiguous a -> sending.moved(SendState.UNKNOWN, null, null, null,
                    new SendFailure("ambiguous", a.reason(), false), sending.attempts(),
                    now.plus(settings.unknownOutcomeAfter()), now);
        };
        store(next, SendState.SENDING);
    }

    /** Queued again after a back-off, or failed when it had its attempts. */
    private SendRecord again(SendRecord sending, Duration retryAfter, SendFailure why, Instant now) {
        if (sending.attempts() >= settings.maxAttempts()) {
            return sending.failed(why, now);
        }
        return sending.requeued(now.plus(backoff(sending.attempts(), retryAfter)), now);
    }

    /** Doubling from the first back-off up to the longest, the upper half of it at random; never below Retry-After. */
    Duration backoff(int attempts, Duration retryAfter) {
        long first = settings.firstBackoff().toMillis();
        long ceiling = Math.min(settings.maxBackoff().toMillis(), first << Math.min(attempts - 1, 20));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }

    /**
     * Settles what was left without an answer: a send claimed longer ago than its lease (its process died mid-send,
     * so it may have gone out) becomes unknown; an unknown one past its deadline fails with {@code outcome_unknown}.
     */
    @Override
    public int settleOverdue() {
        Instant now = clock.instant();
        int settled = 0;
        for (SendRecord stuck : sends.due(SendState.SENDING, now, settings.batchSize())) {
            SendRecord unknown = stuck.moved(SendState.UNKNOWN, stuck.wamid(), stuck.bspMessageId(), stuck.providerStatus(),
                    new SendFailure("ambiguous", "interrupted while sending: the message may have gone out", false),
                    stuck.attempts(), now.plus(settings.unknownOutcomeAfter()), now);
            settled += store(unknown, SendState.SENDING) ? 1 : 0;
        }
        for (SendRecord unknown : sends.due(SendState.UNKNOWN, now, settings.batchSize())) {
            SendRecord failed = unknown.failed(new SendFailure("outcome_unknown", "no answer from " + unknown.provider().id()
                    + " and no status webhook within " + settings.unknownOutcomeAfter(), false), now);
            settled += store(failed, SendState.UNKNOWN) ? 1 : 0;
        }
        return settled;
    }

    private boolean store(SendRecord next, SendState expected) {
        if (!sends.replace(next, expected)) {
            return false; // a webhook or another node settled it first
        }
        if (next.state() == SendState.QUEUED) {
            queue.queued(List.of(next));
        } else {
            waiters.settled(next);
            events.settled(next);
        }
        return true;
    }
}
