package zen.gateway.application.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import zen.gateway.application.port.inbound.campaigns.CampaignCommand;
import zen.gateway.application.port.inbound.campaigns.CampaignConflictException;
import zen.gateway.application.port.inbound.campaigns.CampaignDetails;
import zen.gateway.application.port.inbound.campaigns.ManageCampaignsUseCase;
import zen.gateway.application.port.inbound.campaigns.RecipientLine;
import zen.gateway.application.port.inbound.campaigns.UploadReport;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.application.send.Numbers;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;
import zen.gateway.domain.campaign.CampaignStatus;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;
import zen.gateway.domain.event.TimeOrderedUuid;
import zen.gateway.domain.send.SendState;

/**
 * Campaigns from creation to their end. An upload is read line by line and stored {@link #CHUNK} lines at a time,
 * so its size never reaches the heap. Status moves are compare-and-sets on the store: two requests (or a request
 * and the runner) racing get one winner and the other a conflict; only the winner tells {@link CampaignEvents}.
 * Thread-safe.
 */
public final class CampaignService implements ManageCampaignsUseCase {

    /** Lines stored per round trip: one insert and one opt-out lookup per chunk. */
    static final int CHUNK = 1_000;

    private final CampaignStore campaigns;
    private final RecipientStore recipients;
    private final OptOutStore optOuts;
    private final SendStore sends;
    private final Clock clock;
    private final CampaignEvents events;

    public CampaignService(CampaignStore campaigns, RecipientStore recipients, OptOutStore optOuts, SendStore sends,
            Clock clock) {
        this(campaigns, recipients, optOuts, sends, clock, CampaignEvents.NONE);
    }

    public CampaignService(CampaignStore campaigns, RecipientStore recipients, OptOutStore optOuts, SendStore sends,
            Clock clock, CampaignEvents events) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.optOuts = optOuts;
        this.sends = sends;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Campaign create(CampaignCommand c) {
        Instant now = clock.instant();
        String from = c.from() == null || c.from().isBlank() ? null : Numbers.e164(c.from(), "from");
        Campaign campaign = Campaign.draft(TimeOrderedUuid.random(now.toEpochMilli()), c.projectOwnerId(), c.name().strip(),
                from, c.templateName(), c.templateLanguage(), c.startAt(), now);
        campaigns.insert(campaign);
        return campaign;
    }

    @Override
    public Optional<CampaignDetails> find(String campaignId) {
        return campaigns.find(campaignId).map(c -> new CampaignDetails(c,
                new CampaignFunnel(recipients.counts(c.id()), c.duplicates(), c.invalid())));
    }

    @Override
    public List<Campaign> list(String projectOwnerId, CampaignStatus status, int limit) {
        return campaigns.list(projectOwnerId, status, limit);
    }

    private Campaign existing(String campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new NoSuchElementException("no campaign " + campaignId));
    }

    @Override
    public UploadReport addRecipients(String campaignId, Iterator<RecipientLine> lines) {
        Campaign campaign = existing(campaignId);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new CampaignConflictException("recipients can be added to a draft only; campaign " + campaignId + " is "
                    + campaign.status().wireName());
        }
        Upload upload = new Upload(campaign);
        while (lines.hasNext()) {
            upload.take(lines.next());
        }
        upload.flush();
        campaigns.addSkipped(campaignId, upload.duplicates, upload.invalidCount);
        return new UploadReport(upload.added, upload.duplicates, upload.optedOut, upload.invalidCount, upload.invalid);
    }

    /** One upload's running counts and its current chunk. */
    private final class Upload {
        private final Campaign campaign;
        private final List<Recipient> chunk = new ArrayList<>(CHUNK);
        private final List<UploadReport.LineError> invalid = new ArrayList<>();
        private long added;
        private long duplicates;
        private long optedOut;
        private long invalidCount;

        Upload(Campaign campaign) {
            this.campaign = campaign;
        }

        void take(RecipientLine line) {
            String error = line.error();
            String phone = null;
            if (error == null) {
                try {
                    phone = Numbers.e164(line.to(), "the phone number");
                } catch (IllegalArgumentException e) {
                    error = e.getMessage();
                }
            }
            if (error != null) {
                invalidCount++;
                if (invalid.size() < UploadReport.MAX_LISTED) {
                    invalid.add(new UploadReport.LineError(line.line(), error));
                }
                return;
            }
            chunk.add(Recipient.pending(campaign.id(), phone, line.parameters(), line.line(), clock.instant()));
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            Set<String> out = optOuts.optedOut(campaign.projectOwnerId(), chunk.stream().map(Recipient::phone).toList());
            List<Recipient> toSend = new ArrayList<>(chunk.size());
            List<Recipient> skipped = new ArrayList<>();
            for (Recipient r : chunk) {
                if (out.contains(r.phone())) {
                    skipped.add(Recipient.optedOut(r.campaignId(), r.phone(), r.parameters(), r.line(), r.updatedAt()));
                } else {
                    toSend.add(r);
                }
            }
            int addedOut = recipients.add(skipped);
            int addedToSend = recipients.add(toSend);
            optedOut += addedOut;
            added += addedToSend;
            duplicates += chunk.size() - addedOut - addedToSend;
            chunk.clear();
        }
    }

    @Override
    public Campaign start(String campaignId) {
        Campaign campaign = existing(campaignId);
        Instant now = clock.instant();
        Campaign started = move(campaign, startAtLater(campaign, now) ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING, now);
        events.moved(started, campaign.status());
        return started;
    }

    private static boolean startAtLater(Campaign campaign, Instant now) {
        return campaign.startAt() != null && campaign.startAt().isAfter(now);
    }

    @Override
    public Campaign pause(String campaignId) {
        return move(existing(campaignId), CampaignStatus.PAUSED, clock.instant());
    }

    @Override
    public Campaign resume(String campaignId) {
        Campaign campaign = existing(campaignId);
        if (campaign.status() != CampaignStatus.PAUSED) {
            throw new CampaignConflictException("only a paused campaign resumes; campaign " + campaignId + " is "
                    + campaign.status().wireName());
        }
        Instant now = clock.instant();
        Campaign resumed = move(campaign, startAtLater(campaign, now) ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING, now);
        events.moved(resumed, campaign.status());
        return resumed;
    }

    /** The event goes once the pending recipients are cancelled and the queued sends withdrawn: its counts say so. */
    @Override
    public Campaign cancel(String campaignId) {
        Campaign campaign = existing(campaignId);
        Campaign cancelled = move(campaign, CampaignStatus.CANCELLED, clock.instant());
        recipients.cancelPending(campaignId);
        withdrawQueuedSends(campaignId);
        events.moved(cancelled, campaign.status());
        return cancelled;
    }

    /**
     * The campaign's sends still queued are failed before they go out (a compare-and-set against the worker's claim:
     * one that is being sent already goes). Their recipients count as failed, with the send's code saying why.
     */
    private void withdrawQueuedSends(String campaignId) {
        String after = null;
        List<Recipient> page;
        do {
            page = recipients.list(campaignId, RecipientStatus.QUEUED, after, 500);
            for (Recipient r : page) {
                Optional<SendRecord> send = sends.find(r.messageId()).filter(s -> s.state() == SendState.QUEUED);
                if (send.isPresent() && sends.replace(send.get().failed(new SendFailure("campaign_cancelled",
                        "the campaign was cancelled before this message went out", false), clock.instant()), SendState.QUEUED)) {
                    recipients.advance(r.messageId(), RecipientStatus.FAILED, null);
                }
                after = r.phone();
            }
        } while (page.size() == 500);
    }

    private Campaign move(Campaign campaign, CampaignStatus next, Instant now) {
        if (!campaign.status().canMoveTo(next)) {
            throw new CampaignConflictException("a " + campaign.status().wireName() + " campaign cannot become "
                    + next.wireName());
        }
        Campaign moved = campaign.movedTo(next, now);
        if (!campaigns.replace(moved, campaign.status())) {
            throw new CampaignConflictException("campaign " + campaign.id() + " changed meanwhile; look again");
        }
        return moved;
    }

    @Override
    public List<Recipient> recipients(String campaignId, RecipientStatus status, String afterPhone, int limit) {
        existing(campaignId);
        return recipients.list(campaignId, status, afterPhone, limit);
    }
}
