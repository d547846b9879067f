package zen.gateway.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.adapter.inbound.http.RateLimit;
import zen.gateway.adapter.inbound.http.WebhookSettings;
import zen.gateway.application.verify.VerifierSettings;
import zen.gateway.domain.event.Bsp;

/**
 * Verification and protection of incoming webhooks, per source ({@code sources:} keyed by BSP id). The usual
 * secrets can also come from the environment: {@code ZEN_META_APP_SECRET}, {@code ZEN_META_VERIFY_TOKEN},
 * {@code ZEN_TWILIO_AUTH_TOKEN}, {@code ZEN_AISENSY_SECRET}, {@code ZEN_PUBLIC_BASE_URL}.
 */
public class WebhooksConfig {

    /** The URL BSPs call, when a proxy rewrites it on the way in; Twilio signs it. */
    @JsonProperty
    public String publicBaseUrl;

    /** The token Meta's subscription handshake ({@code GET /webhook/meta}) must present. */
    @JsonProperty
    public String metaVerifyToken;

    /** Keep bodies that fail verification in quarantine, to debug a misconfigured secret. */
    @JsonProperty
    public boolean quarantineRejected = false;

    @Valid
    @NotNull
    @JsonProperty
    public Map<String, SourceConfig> sources = new LinkedHashMap<>();

    Map<Bsp, SourceConfig> bySource() {
        Map<Bsp, SourceConfig> bySource = new EnumMap<>(Bsp.class);
        sources.forEach((id, source) -> bySource.put(Bsp.fromId(id).orElseThrow(() ->
                new IllegalArgumentException("webhooks.sources: unknown BSP '" + id + "'")), source));
        addSecretFromEnvironment(bySource, Bsp.META, "ZEN_META_APP_SECRET");
        addSecretFromEnvironment(bySource, Bsp.TWILIO, "ZEN_TWILIO_AUTH_TOKEN");
        addSecretFromEnvironment(bySource, Bsp.AISENSY, "ZEN_AISENSY_SECRET");
        return bySource;
    }

    Map<Bsp, VerifierSettings> verifierSettings() {
        Map<Bsp, VerifierSettings> settings = new EnumMap<>(Bsp.class);
        bySource().forEach((bsp, source) -> settings.put(bsp, source.verifierSettings()));
        return settings;
    }

    /** Sources nothing verifies: accepted from anyone who knows the URL. */
    List<Bsp> unverifiedSources() {
        Map<Bsp, SourceConfig> configured = bySource();
        return Arrays.stream(Bsp.values())
                .filter(bsp -> !configured.containsKey(bsp) || !configured.get(bsp).checksSomething())
                .toList();
    }

    WebhookSettings settings(int maxBodyBytes) {
        Map<Bsp, RateLimit> limits = new EnumMap<>(Bsp.class);
        bySource().forEach((bsp, source) -> {
            if (source.rateLimit() != null) {
                limits.put(bsp, source.rateLimit());
            }
        });
        return new WebhookSettings(maxBodyBytes, firstSet(publicBaseUrl, System.getenv("ZEN_PUBLIC_BASE_URL")), limits,
                firstSet(metaVerifyToken, System.getenv("ZEN_META_VERIFY_TOKEN")));
    }

    private static void addSecretFromEnvironment(Map<Bsp, SourceConfig> bySource, Bsp bsp, String variable) {
        String secret = System.getenv(variable);
        if (secret != null && !secret.isBlank()) {
            SourceConfig source = bySource.computeIfAbsent(bsp, b -> new SourceConfig());
            if (!source.signingSecrets.contains(secret.trim())) {
                source.signingSecrets.add(secret.trim());
            }
        }
    }

    private static String firstSet(String configured, String fromEnvironment) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }
}
