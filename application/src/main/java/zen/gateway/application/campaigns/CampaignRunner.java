package zen.gateway.application.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zen.gateway.application.port.inbound.campaigns.RunCampaignsUseCase;
import zen.gateway.application.port.inbound.send.NoSenderException;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.inbound.send.SentMessage;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.application.port.outbound.campaigns.CampaignStores;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;
import zen.gateway.domain.campaign.CampaignStatus;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;
import zen.gateway.domain.send.SendState;

/**
 * Hands running campaigns' recipients to the send use case, a bounded batch per campaign per pass, and only while
 * the send queue has room: none while a single send is waiting (single sends go first, as user-initiated traffic
 * did in the system this replaces), and at most {@code window} campaign sends waiting at once; the send worker's
 * per-number pacing does the rest. A sender with a messaging limit hands out no more new recipients than its limit
 * leaves in the trailing 24 h ({@link MessagingLimits}); the campaign waits, running, until the window has room.
 *
 * <p>Each recipient is sent with the idempotency key {@code campaign:<id>:<number>}, then marked handed out with
 * the send's id (a compare-and-set from pending). A crash between the two leaves it pending; the next pass sends it
 * again with the same key and gets the first send back, so nothing goes twice, and nodes racing on one recipient
 * get one send the same way. A campaign completes once nothing is pending or waiting for the provider's answer.
 * Thread-safe.
 */
public final class CampaignRunner implements RunCampaignsUseCase {

    private static final System.Logger LOG = System.getLogger(CampaignRunner.class.getName());

    private final CampaignStore campaigns;
    private final RecipientStore recipients;
    private final OptOutStore optOuts;
    private final SendMessageUseCase sending;
    private final SendStore sends;
    private final RecipientProgress progress;
    private final CampaignSettings settings;
    private final Clock clock;
    private final MessagingLimits limits;
    private final CampaignEvents events;

    public CampaignRunner(CampaignStores stores, SendMessageUseCase sending, SendStore sends, SenderStore senders,
            RecipientProgress progress, CampaignEvents events, CampaignSettings settings, Clock clock) {
        this.campaigns = stores.campaigns();
        this.recipients = stores.recipients();
        this.optOuts = stores.optOuts();
        this.sending = sending;
        this.sends = sends;
        this.progress = progress;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.limits = new MessagingLimits(senders, stores.reach(), clock);
    }

    @Override
    public int runDue() {
        Instant now = clock.instant();
        for (Campaign scheduled : campaigns.inStatus(CampaignStatus.SCHEDULED, 100)) {
            Campaign running = scheduled.movedTo(CampaignStatus.RUNNING, now);
            if (!scheduled.startAt().isAfter(now) && campaigns.replace(running, CampaignStatus.SCHEDULED)) {
                events.moved(running, CampaignStatus.SCHEDULED);
            }
        }
        int handed = 0;
        for (Campaign running : campaigns.inStatus(CampaignStatus.RUNNING, 100)) {
            handed += run(running);
        }
        return handed;
    }

    private int run(Campaign campaign) {
        int room = Math.min(room(), limits.room(campaign));
        List<Recipient> batch = room <= 0 ? List.of() : recipients.pending(campaign.id(), Math.min(room, settings.batchSize()));
        if (batch.isEmpty()) {
            if (room > 0) {
                catchUpHandedOut(campaign);
                completeIfSettled(campaign);
            }
            return 0;
        }
        if (!stillRunning(campaign)) {
            return 0; // paused or cancelled since this pass listed it: not one more
        }
        Set<String> optedOut = optOuts.optedOut(campaign.projectOwnerId(), batch.stream().map(Recipient::phone).toList());
        List<Recipient> sendable = new ArrayList<>(batch.size());
        for (Recipient r : batch) {
            if (optedOut.contains(r.phone())) {
                recipients.skip(campaign.id(), r.phone(), RecipientStatus.OPTED_OUT, null);
            } else {
                sendable.add(r);
            }
        }
        // stored together and made durable once for the batch: a sync per recipient would bound a campaign by the disk
        List<SendMessageUseCase.Result> results = sending.sendAll(sendable.stream().map(r -> command(campaign, r)).toList());
        int handed = 0;
        for (int i = 0; i < sendable.size(); i++) {
            Recipient r = sendable.get(i);
            SendMessageUseCase.Result result = results.get(i);
            if (result.refusal() instanceof NoSenderException e) {
                LOG.log(System.Logger.Level.WARNING, "campaign {0} paused: {1}", campaign.id(), e.getMessage());
                campaigns.replace(campaign.movedTo(CampaignStatus.PAUSED, clock.instant()), CampaignStatus.RUNNING);
                return handed;
            }
            if (result.refusal() != null) {
                recipients.skip(campaign.id(), r.phone(), RecipientStatus.FAILED, result.refusal().getMessage());
                continue;
            }
            SentMessage send = result.receipt().send();
            if (recipients.handOut(campaign.id(), r.phone(), send.messageId())) {
                handed++;
                // the worker may have answered before the recipient had the message id: catch up from the store
                sends.find(send.messageId()).ifPresent(progress::settled);
            }
        }
        return handed;
    }

    /**
     * Recipients still {@code queued} take their send's state from the store: a process killed between storing a
     * send's answer and moving its recipient left the recipient behind, and nothing else would move it, so the
     * campaign would never complete. Only once nothing is pending, so this costs lookups at a campaign's tail alone.
     */
    private void catchUpHandedOut(Campaign campaign) {
        for (Recipient r : recipients.list(campaign.id(), RecipientStatus.QUEUED, null, settings.batchSize())) {
            if (r.messageId() != null) {
                sends.find(r.messageId()).ifPresent(progress::settled);
            }
        }
    }

    private boolean stillRunning(Campaign campaign) {
        return campaigns.find(campaign.id()).map(c -> c.status() == CampaignStatus.RUNNING).orElse(false);
    }

    /** How many campaign sends may join the send queue now: none while a single send waits there. */
    private int room() {
        List<SendRecord> waiting = sends.due(SendState.QUEUED, clock.instant(), settings.window());
        if (waiting.stream().anyMatch(s -> s.campaignId() == null)) {
            return 0;
        }
        return settings.window() - waiting.size();
    }

    private void completeIfSettled(Campaign campaign) {
        CampaignFunnel funnel = new CampaignFunnel(recipients.counts(campaign.id()), campaign.duplicates(), campaign.invalid());
        Campaign completed = campaign.movedTo(CampaignStatus.COMPLETED, clock.instant());
        if (funnel.settled() && campaigns.replace(completed, CampaignStatus.RUNNING)) {
            events.moved(completed, CampaignStatus.RUNNING);
        }
    }

    static String idempotencyKey(Campaign campaign, Recipient recipient) {
        return "campaign:" + campaign.id() + ":" + recipient.phone();
    }

    private static SendCommand command(Campaign c, Recipient r) {
        return new SendCommand(c.projectOwnerId(), c.from(), r.phone(), "template", null, false, c.templateName(),
                c.templateLanguage(), r.parameters(), null, c.id(), null, null, idempotencyKey(c, r));
    }
}
