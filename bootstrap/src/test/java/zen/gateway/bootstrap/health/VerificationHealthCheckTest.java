package zen.gateway.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.application.verify.SharedTokenSettings;
import zen.gateway.application.verify.Verification;
import zen.gateway.application.verify.VerifierSettings;
import zen.gateway.application.verify.WebhookVerifiers;
import zen.gateway.domain.event.Bsp;

class VerificationHealthCheckTest {

    @Test
    void refusedAndVerifiedSourcesAreHealthy() {
        var verifier = WebhookVerifiers.byBsp(Map.of(Bsp.DATAGEN,
                VerifierSettings.none().withSharedToken(SharedTokenSettings.of("tok"))), Set.of());

        var result = new VerificationHealthCheck(verifier, Set.of()).execute();

        assertThat(result.isHealthy()).isTrue();
        assertThat(result.getMessage()).isEqualTo("every webhook source is verified or refused");
    }

    @Test
    void sourcesOpenOnPurposeAreNamedInAWarning() {
        var result = new VerificationHealthCheck(WebhookVerifiers.byBsp(Map.of(), Set.of(Bsp.DATAGEN)), Set.of(Bsp.DATAGEN)).execute();

        assertThat(result.isHealthy()).isTrue();
        assertThat(result.getMessage()).startsWith("WARNING").contains("datagen").doesNotContain("karix");
    }

    @Test
    void aSourceOpenWithoutTheAllowanceIsUnhealthy() {
        var result = new VerificationHealthCheck(request -> new Verification.Unsigned("nothing checked"), Set.of(Bsp.DATAGEN)).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("karix", "meta").doesNotContain("datagen");
    }
}
