package zen.gateway.application.campaigns;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How campaigns run.
 *
 * @param batchSize     recipients handed out per campaign per pass
 * @param window        campaign sends waiting in the send queue at most: a single send queued later waits behind no
 *                      more than these, and none at all is handed out while a single send is waiting
 * @param stopKeywords  an inbound message whose whole text is one of these (any case) opts its sender out
 * @param startKeywords one whose whole text is one of these opts its sender back in
 */
public record CampaignSettings(int batchSize, int window, Set<String> stopKeywords, Set<String> startKeywords) {

    public CampaignSettings {
        if (batchSize < 1 || window < 1) {
            throw new IllegalArgumentException("batchSize and window must be at least 1");
        }
        stopKeywords = normalized(stopKeywords);
        startKeywords = normalized(startKeywords);
    }

    private static Set<String> normalized(Set<String> words) {
        return words == null ? Set.of()
                : words.stream().map(w -> w.trim().toUpperCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** 50 per pass, 100 in the send queue, STOP and UNSUBSCRIBE out, START in. */
    public static CampaignSettings defaults() {
        return new CampaignSettings(50, 100, Set.of("STOP", "UNSUBSCRIBE"), Set.of("START"));
    }
}
