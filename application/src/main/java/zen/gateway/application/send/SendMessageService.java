package zen.gateway.application.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import zen.gateway.application.port.inbound.conversations.ServiceWindowQuery;
import zen.gateway.application.port.inbound.send.NoSenderException;
import zen.gateway.application.port.inbound.send.OutsideServiceWindowException;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.inbound.send.SendReceipt;
import zen.gateway.application.port.inbound.send.SentMessage;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendQueue;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.conversation.ServiceWindow;
import zen.gateway.domain.event.TimeOrderedUuid;
import zen.gateway.domain.send.SendState;
import zen.gateway.domain.send.Sender;

/**
 * Takes a send request: checks it, picks the sender, stores it {@code queued} and makes that durable before it
 * answers, then tells the transport's send queue. The same idempotency key within its window answers the first send
 * again. Thread-safe.
 */
public final class SendMessageService implements SendMessageUseCase {

    private final SenderStore senders;
    private final SendStore sends;
    private final Runnable makeDurable;
    private final SendQueue queue;
    private final SendWaiters waiters;
    private final SendEvents events;
    private final SendSettings settings;
    private final ServiceWindowQuery windows;
    private final Clock clock;

    public SendMessageService(SenderStore senders, SendStore sends, Runnable makeDurable, SendQueue queue,
            SendWaiters waiters, SendEvents events, SendSettings settings, ServiceWindowQuery windows, Clock clock) {
        this.senders = senders;
        this.sends = sends;
        this.makeDurable = makeDurable;
        this.queue = queue;
        this.waiters = waiters;
        this.events = events;
        this.settings = settings;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public SendReceipt send(SendCommand c) {
        Stored stored = stored(c);
        if (stored.isNew()) {
            madeDurable(List.of(stored.record()));
        }
        return stored.receipt();
    }

    @Override
    public List<Result> sendAll(List<SendCommand> commands) {
        List<Result> results = new ArrayList<>(commands.size());
        List<SendRecord> inserted = new ArrayList<>();
        for (SendCommand command : commands) {
            try {
                Stored stored = stored(command);
                results.add(new Result(stored.receipt(), null));
                if (stored.isNew()) {
                    inserted.add(stored.record());
                }
            } catch (IllegalArgumentException | NoSenderException | OutsideServiceWindowException e) {
                results.add(new Result(null, e));
            }
        }
        if (!inserted.isEmpty()) {
            madeDurable(inserted);
        }
        return results;
    }

    /** Nothing is told of a send before it is durable; then it may go. */
    private void madeDurable(List<SendRecord> inserted) {
        makeDurable.run();
        inserted.forEach(events::queued);
        queue.queued(inserted);
    }

    /** What storing a request made: a new send ({@code record} set), or the earlier one of the same key. */
    private record Stored(SendReceipt receipt, SendRecord record) {
        boolean isNew() {
            return record != null;
        }
    }

    /** Checked and stored (not yet made durable), or the earlier send of the same idempotency key. */
    private Stored stored(SendCommand c) {
        String to = Numbers.e164(c.to(), "to");
        Sender sender = sender(c.projectOwnerId(), c.from());
        Instant now = clock.instant();
        if (c.idempotencyKey() != null) {
            Optional<SendRecord> earlier = sends.findByIdempotencyKey(c.projectOwnerId(), c.idempotencyKey());
            if (earlier.isPresent()) {
                if (earlier.get().createdAt().plus(settings.idempotencyWindow()).isAfter(now)) {
                    return new Stored(new SendReceipt(SentMessages.of(earlier.get()), true), null);
                }
                sends.forgetIdempotencyKey(earlier.get().messageId());
            }
        }
        // a repeat of an earlier request is answered as it was, even once the window has closed since
        if ("text".equals(c.type()) && !c.force()) {
            ServiceWindow window = windows.window(c.projectOwnerId(), to);
            if (!window.isOpenAt(now)) {
                throw new OutsideServiceWindowException(to, window.closesAt());
            }
        }
        Instant due = c.sendAt() != null && c.sendAt().isAfter(now) ? c.sendAt() : now;
        SendRecord record = SendRecord.queued(TimeOrderedUuid.random(now.toEpochMilli()), c.projectOwnerId(), sender.id(),
                sender.provider(), sender.businessNumber(), to, content(c), blankToNull(c.campaignId()),
                blankToNull(c.reference()), c.idempotencyKey(), due, now).withPriority(priorityOf(c));
        Optional<SendRecord> holder = sends.insert(record);
        if (holder.isPresent()) {
            return new Stored(new SendReceipt(SentMessages.of(holder.get()), true), null);
        }
        return new Stored(new SendReceipt(SentMessages.of(record), false), record);
    }

    @Override
    public Optional<SentMessage> awaitOutcome(String messageId, Duration patience) {
        CompletableFuture<SendRecord> future = waiters.register(messageId);
        try {
            // settled before we registered: the store has it
            Optional<SendRecord> now = sends.find(messageId).filter(r -> answered(r.state()));
            if (now.isPresent()) {
                return now.map(SentMessages::of);
            }
            return Optional.ofNullable(future.completeOnTimeout(null, patience.toMillis(), TimeUnit.MILLISECONDS).join())
                    .map(SentMessages::of);
        } finally {
            waiters.forget(messageId, future);
        }
    }

    private static boolean answered(SendState state) {
        return state == SendState.ACCEPTED || state == SendState.FAILED || state == SendState.UNKNOWN;
    }

    private Sender sender(String project, String from) {
        List<Sender> all = senders.ofProject(project);
        if (all.isEmpty()) {
            throw new NoSenderException(project);
        }
        if (from == null || from.isBlank()) {
            return all.stream().filter(Sender::isDefault).findFirst().orElse(all.get(0));
        }
        String number = Numbers.e164(from, "from");
        return all.stream().filter(s -> s.businessNumber().equals(number)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("from " + number + " is not a sender of project " + project));
    }

    private static MessageContent content(SendCommand c) {
        if ("text".equals(c.type())) {
            return new MessageContent.Text(c.body(), c.previewUrl());
        }
        return new MessageContent.Template(c.templateName(), c.templateLanguage(), c.parameters(), c.components());
    }

    /**
     * A send with a campaign id is campaign traffic, below single sends in the store's due order; the campaign runner
     * draws the same line when it leaves room for single sends. Without this every send was stored {@code SINGLE}, so
     * a single send queued behind a campaign's window went out after it.
     */
    private static int priorityOf(SendCommand c) {
        return blankToNull(c.campaignId()) == null ? SendRecord.SINGLE : SendRecord.CAMPAIGN;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
