package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import zen.gateway.application.verify.VerificationRequest;
import zen.gateway.application.verify.WebhookVerifier;
import zen.gateway.domain.event.Bsp;

/**
 * Asks the gateway's own verifier about a request with no credentials from a documentation address, for every
 * source: a source that would take it is open. Unhealthy when one is open that the operator did not allow unverified
 * (whatever the configuration meant, this is what the gateway does); healthy with a warning naming the sources open
 * on purpose.
 */
public final class VerificationHealthCheck extends HealthCheck {

    private static final String NOBODY = "192.0.2.1";

    private final WebhookVerifier verifier;
    private final Set<Bsp> allowed;

    public VerificationHealthCheck(WebhookVerifier verifier, Set<Bsp> allowed) {
        this.verifier = verifier;
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    protected Result check() {
        List<Bsp> openOnPurpose = new ArrayList<>();
        List<Bsp> openByMistake = new ArrayList<>();
        for (Bsp bsp : Bsp.values()) {
            if (verifier.verify(anonymous(bsp)).accepted()) {
                (allowed.contains(bsp) ? openOnPurpose : openByMistake).add(bsp);
            }
        }
        if (!openByMistake.isEmpty()) {
            return Result.unhealthy("accepting unverified webhooks from %s without webhooks.allowUnverified naming them",
                    ids(openByMistake));
        }
        if (!openOnPurpose.isEmpty()) {
            return Result.healthy("WARNING: accepting unverified webhooks from %s, as webhooks.allowUnverified says "
                    + "(configure webhooks.sources before exposing them)", ids(openOnPurpose));
        }
        return Result.healthy("every webhook source is verified or refused");
    }

    private static VerificationRequest anonymous(Bsp bsp) {
        return new VerificationRequest(bsp, "POST", "https://health.invalid/webhook/" + bsp.id(), Map.of(), new byte[0],
                Map.of(), NOBODY, null);
    }

    private static String ids(List<Bsp> sources) {
        return sources.stream().map(Bsp::id).collect(Collectors.joining(", "));
    }
}
