package zen.gateway.application.campaigns;

import java.time.Clock;
import java.util.Locale;
import zen.gateway.application.port.inbound.campaigns.HandleKeywordsUseCase;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.application.send.Numbers;
import zen.gateway.domain.campaign.OptOut;
import zen.gateway.domain.event.InboundMessage;

/**
 * Inbound messages that are a stop or start keyword, the whole text in any case: a stop word puts the sender on
 * the project's opt-out list, a start word takes it off. Idempotent, like the processing that calls it. Thread-safe.
 */
public final class StopKeywords implements HandleKeywordsUseCase {

    private static final System.Logger LOG = System.getLogger(StopKeywords.class.getName());

    private final OptOutStore optOuts;
    private final CampaignSettings settings;
    private final Clock clock;

    public StopKeywords(OptOutStore optOuts, CampaignSettings settings, Clock clock) {
        this.optOuts = optOuts;
        this.settings = settings;
        this.clock = clock;
    }

    /** An inbound message of {@code project} (null when none is known: then nothing happens). */
    @Override
    public void received(InboundMessage message, String project) {
        if (project == null || message.text() == null || message.customerNumber() == null) {
            return;
        }
        String word = message.text().strip().toUpperCase(Locale.ROOT);
        boolean stop = settings.stopKeywords().contains(word);
        if (!stop && !settings.startKeywords().contains(word)) {
            return;
        }
        String phone;
        try {
            phone = Numbers.e164(message.customerNumber(), "the sender");
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "keyword from an unreadable number ignored: {0}", e.getMessage());
            return;
        }
        if (stop) {
            optOuts.add(new OptOut(project, phone, "keyword", clock.instant()));
        } else {
            optOuts.remove(project, phone);
        }
    }
}
