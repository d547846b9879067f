package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import zen.gateway.adapter.inbound.http.RateLimit;
import zen.gateway.application.verify.IpAllowlistSettings;
import zen.gateway.application.verify.SharedTokenSettings;
import zen.gateway.application.verify.VerifierSettings;

/**
 * How one BSP's webhooks are verified and limited. Every check configured must pass; a source with none is
 * refused unless {@code webhooks.allowUnverified} names it.
 */
public class SourceConfig {

    /** HMAC keys: Meta's app secret, Twilio's auth token, AiSensy's webhook secret. Several allow rotation. */
    @JsonProperty
    public List<String> signingSecrets = new ArrayList<>();

    /** Shared tokens, for sources that cannot sign: presented in {@code tokenHeader} or the {@code ?token=} query. */
    @JsonProperty
    public List<String> sharedTokens = new ArrayList<>();

    @JsonProperty
    public String tokenHeader = SharedTokenSettings.DEFAULT_HEADER;

    @JsonProperty
    public String tokenQueryParameter = SharedTokenSettings.DEFAULT_QUERY_PARAMETER;

    /** Source addresses allowed (CIDRs); empty allows any. */
    @JsonProperty
    public List<String> allowedIps = new ArrayList<>();

    /** Proxies whose {@code X-Forwarded-For} is believed (CIDRs). */
    @JsonProperty
    public List<String> trustedProxies = new ArrayList<>();

    /** Webhooks a second from this source on average; 0 means no limit (the default: BSPs retry slowly). */
    @Min(0)
    @JsonProperty
    public double rateLimitPerSecond = 0;

    @Min(1)
    @JsonProperty
    public int rateLimitBurst = 100;

    VerifierSettings verifierSettings() {
        VerifierSettings settings = new VerifierSettings(List.copyOf(signingSecrets), null, null);
        if (!sharedTokens.isEmpty()) {
            settings = settings.withSharedToken(new SharedTokenSettings(List.copyOf(sharedTokens), tokenHeader, tokenQueryParameter));
        }
        if (!allowedIps.isEmpty()) {
            settings = settings.withIpAllowlist(new IpAllowlistSettings(List.copyOf(allowedIps), List.copyOf(trustedProxies)));
        }
        return settings;
    }

    boolean checksSomething() {
        return !signingSecrets.isEmpty() || !sharedTokens.isEmpty() || !allowedIps.isEmpty();
    }

    RateLimit rateLimit() {
        return rateLimitPerSecond > 0 ? new RateLimit(rateLimitPerSecond, rateLimitBurst) : null;
    }
}
