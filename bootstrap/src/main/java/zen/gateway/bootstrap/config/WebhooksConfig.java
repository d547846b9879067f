package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zen.gateway.adapter.inbound.http.RateLimit;
import zen.gateway.adapter.inbound.http.WebhookSettings;
import zen.gateway.application.verify.VerifierSettings;
import zen.gateway.domain.event.Bsp;

/**
 * Verification and protection of incoming webhooks, per source ({@code sources:} keyed by BSP id). The usual
 * secrets can also come from the environment ({@link EnvironmentVariables}).
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

    /**
     * Sources accepted with no verification, on purpose (BSP ids; or {@code ZEN_WEBHOOKS_ALLOW_UNVERIFIED}, comma-
     * separated, when the file lists none). Only a source with nothing configured is concerned: a configured check is
     * always enforced. Every other source with nothing configured refuses its webhooks.
     */
    @NotNull
    @JsonProperty
    public List<String> allowUnverified = new ArrayList<>();

    @Valid
    @NotNull
    @JsonProperty
    public Map<String, SourceConfig> sources = new LinkedHashMap<>();

    Map<Bsp, SourceConfig> bySource(EnvironmentVariables environment) {
        Map<Bsp, SourceConfig> bySource = new EnumMap<>(Bsp.class);
        sources.forEach((id, source) -> bySource.put(Bsp.fromId(id).orElseThrow(() ->
                new IllegalArgumentException("webhooks.sources: unknown BSP '" + id + "'")), source));
        addSecretFromEnvironment(bySource, Bsp.META, environment.value(EnvironmentVariables.META_APP_SECRET));
        addSecretFromEnvironment(bySource, Bsp.TWILIO, environment.value(EnvironmentVariables.TWILIO_AUTH_TOKEN));
        addSecretFromEnvironment(bySource, Bsp.AISENSY, environment.value(EnvironmentVariables.AISENSY_SECRET));
        return bySource;
    }

    /** How each source's webhooks are verified. */
    public Map<Bsp, VerifierSettings> verifierSettings(EnvironmentVariables environment) {
        Map<Bsp, VerifierSettings> settings = new EnumMap<>(Bsp.class);
        bySource(environment).forEach((bsp, source) -> settings.put(bsp, source.verifierSettings()));
        return settings;
    }

    /** The sources the operator allows unverified. */
    public Set<Bsp> allowedUnverified(EnvironmentVariables environment) {
        List<String> ids = allowUnverified.isEmpty() ? environment.list(EnvironmentVariables.WEBHOOKS_ALLOW_UNVERIFIED) : allowUnverified;
        Set<Bsp> allowed = EnumSet.noneOf(Bsp.class);
        for (String id : ids) {
            allowed.add(Bsp.fromId(id.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
                    "webhooks.allowUnverified (" + EnvironmentVariables.WEBHOOKS_ALLOW_UNVERIFIED + "): unknown BSP '" + id
                            + "'; known: " + Arrays.stream(Bsp.values()).map(Bsp::id).toList())));
        }
        return allowed;
    }

    /** Sources nothing verifies: refused unless allowed unverified. */
    public List<Bsp> unverifiedSources(EnvironmentVariables environment) {
        Map<Bsp, SourceConfig> configured = bySource(environment);
        return Arrays.stream(Bsp.values())
                .filter(bsp -> !configured.containsKey(bsp) || !configured.get(bsp).checksSomething())
                .toList();
    }

    /** The webhook servlet's settings. */
    public WebhookSettings settings(int maxBodyBytes, EnvironmentVariables environment) {
        Map<Bsp, RateLimit> limits = new EnumMap<>(Bsp.class);
        bySource(environment).forEach((bsp, source) -> {
            if (source.rateLimit() != null) {
                limits.put(bsp, source.rateLimit());
            }
        });
        return new WebhookSettings(maxBodyBytes, environment.firstSet(publicBaseUrl, EnvironmentVariables.PUBLIC_BASE_URL, null),
                limits, environment.firstSet(metaVerifyToken, EnvironmentVariables.META_VERIFY_TOKEN, null));
    }

    private static void addSecretFromEnvironment(Map<Bsp, SourceConfig> bySource, Bsp bsp, Optional<String> secret) {
        secret.ifPresent(value -> {
            SourceConfig source = bySource.computeIfAbsent(bsp, b -> new SourceConfig());
            if (!source.signingSecrets.contains(value)) {
                source.signingSecrets.add(value);
            }
        });
    }
}
