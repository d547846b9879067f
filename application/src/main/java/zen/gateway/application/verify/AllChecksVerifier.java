package zen.gateway.application.verify;

import java.util.ArrayList;
import java.util.List;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;

/**
 * Runs every check configured for a source: one rejection rejects; otherwise any pass verifies (a check with nothing
 * configured does not weaken one that passed); and if nothing was configured at all, the request is unsigned.
 */
final class AllChecksVerifier implements WebhookVerifier {

    private final List<WebhookVerifier> checks;

    AllChecksVerifier(List<WebhookVerifier> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Verification verify(VerificationRequest request) {
        List<String> passed = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (WebhookVerifier check : checks) {
            switch (check.verify(request)) {
                case Rejected rejected -> {
                    return rejected;
                }
                case Verified verified -> passed.add(verified.checks());
                case Unsigned unsigned -> warnings.add(unsigned.warning());
            }
        }
        if (!passed.isEmpty()) {
            return new Verified(String.join(", ", passed));
        }
        return new Unsigned(warnings.isEmpty() ? "no verification configured for " + request.bsp().id() : String.join("; ", warnings));
    }
}
