package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import zen.gateway.domain.send.MessagingTier;
import zen.gateway.domain.send.Sender;

/** A sender as the API shows it: every credential masked, in every answer (the caller gave them and keeps them). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SenderView(
        // One component per field of the JSON answer.
        String id,
        String projectOwnerId,
        String businessNumber,
        String bsp,
        Map<String, String> credentials,
        String baseUrl,
        double ratePerSecond,
        @com.fasterxml.jackson.annotation.JsonProperty("default") boolean isDefault,
        Instant createdAt,
        Instant updatedAt,
        // the tier whose limit it is; null for a limit that is no tier of Meta's
        String messagingTier,
        Integer dailyUniqueRecipientsLimit) {

    static SenderView of(Sender s) {
        Map<String, String> masked = new TreeMap<>();
        s.credentials().forEach((name, value) -> masked.put(name, EndpointView.mask(value)));
        return new SenderView(s.id(), s.projectOwnerId(), s.businessNumber(), s.provider().id(), masked,
                s.baseUrl() == null ? null : s.baseUrl().toString(), s.ratePerSecond(), s.isDefault(), s.createdAt(),
                s.updatedAt(), MessagingTier.ofLimit(s.dailyUniqueRecipientsLimit()).map(MessagingTier::wireName).orElse(null),
                s.dailyUniqueRecipientsLimit());
    }
}
