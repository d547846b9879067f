package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import zen.gateway.domain.access.KeyRateLimit;

/**
 * Access control: the admin keys, the master key that seals secrets at rest, the default limit of a key, and whether
 * the admin port's health and metrics need an admin key too. What the file and the environment leave unset is
 * generated into the data directory on the first start ({@link GeneratedSecrets}).
 */
public class AuthConfig {

    /** Admin keys; several during a rotation. Also {@code ZEN_ADMIN_TOKEN}, comma-separated. */
    @NotNull
    @JsonProperty
    public List<String> adminTokens = new ArrayList<>();

    /** Base64 of 32 bytes ({@code openssl rand -base64 32}); or {@code ZEN_MASTER_KEY}. */
    @JsonProperty
    public String masterKey;

    /** Requests a second a key may make on average, on each node, unless the key has a limit of its own. */
    @DecimalMin("0.001") @DecimalMax("1000000")
    @JsonProperty
    public double rateLimitPerSecond = KeyRateLimit.DEFAULT.perSecond();

    /** Requests a rested key may make at once. */
    @Min(1) @Max(1_000_000)
    @JsonProperty
    public int rateLimitBurst = KeyRateLimit.DEFAULT.burst();

    /**
     * Whether the admin port's health checks and metrics need an admin key as its tasks do. Off by default: monitoring
     * scrapes them, and they are on loopback unless {@code ADMIN_BIND} says otherwise. {@code /ping} stays open always
     * (it says "pong" and nothing else; container probes use it).
     */
    @JsonProperty
    public boolean protectHealthAndMetrics = false;

    /** The admin keys of the file and of {@code ZEN_ADMIN_TOKEN}; empty when neither gives one. */
    public List<String> adminTokens(EnvironmentVariables environment) {
        LinkedHashSet<String> tokens = new LinkedHashSet<>();
        adminTokens.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).forEach(tokens::add);
        tokens.addAll(environment.list(EnvironmentVariables.ADMIN_TOKEN));
        return List.copyOf(tokens);
    }

    public Optional<String> masterKey(EnvironmentVariables environment) {
        return Optional.ofNullable(environment.firstSet(masterKey, EnvironmentVariables.MASTER_KEY, null));
    }

    public KeyRateLimit rateLimit() {
        return new KeyRateLimit(rateLimitPerSecond, rateLimitBurst);
    }
}
