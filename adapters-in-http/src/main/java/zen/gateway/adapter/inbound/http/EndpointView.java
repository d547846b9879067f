package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.TopicPattern;

/**
 * An endpoint as the API shows it. Secrets are shown in full once, in the answer that makes them (configure, rotate
 * secrets); every other answer shows only their last four characters.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record EndpointView(
        // One component per field of the JSON answer.
        String id,
        String projectOwnerId,
        String webhookUrl,
        String sharedSecret,
        String signingSecret,
        List<String> topics,
        List<String> statusFilter,
        boolean enabled,
        String state,
        String stateReason,
        Instant createdAt,
        Instant updatedAt) {

    static EndpointView revealing(Endpoint e) {
        return of(e, e.sharedSecret(), e.signingSecret());
    }

    static EndpointView masked(Endpoint e) {
        return of(e, mask(e.sharedSecret()), mask(e.signingSecret()));
    }

    private static EndpointView of(Endpoint e, String shared, String signing) {
        return new EndpointView(e.id(), e.projectOwnerId(), e.url().toString(), shared, signing,
                e.topics().stream().map(TopicPattern::value).toList(),
                e.statusFilter().stream().sorted().map(s -> s.wireName()).toList(),
                e.active(), e.state().name().toLowerCase(Locale.ROOT), e.stateReason(), e.createdAt(), e.updatedAt());
    }

    static String mask(String secret) {
        if (secret.length() <= 8) {
            return "****";
        }
        return "****" + secret.substring(secret.length() - 4);
    }
}
