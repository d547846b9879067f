package zen.gateway.application.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.domain.event.Bsp;

/**
 * Builds verifiers from configuration. Which signature a source uses follows from its BSP: Meta (and 360dialog
 * partners, whose payload and signature are Meta's) {@code X-Hub-Signature-256}, Twilio {@code X-Twilio-Signature},
 * AiSensy {@code X-AiSensy-Signature}; Datagen, Karix and Gupshup do not sign, so a signing secret for them is a
 * configuration mistake. A shared token and an IP allowlist can be added to any source; all that is configured must
 * pass.
 *
 * <p>360dialog clients without a partner signature send Meta's payload but no Meta signature: give their route its
 * own verifier, {@code forBsp(Bsp.META, settingsWithOnlyASharedToken)}, since it shares {@link Bsp#META}.
 */
public final class WebhookVerifiers {

    private WebhookVerifiers() {}

    public static WebhookVerifier forBsp(Bsp bsp, VerifierSettings settings) {
        List<WebhookVerifier> checks = new ArrayList<>();
        if (!settings.signingSecrets().isEmpty()) {
            checks.add(signatureOf(bsp, settings.signingSecrets()));
        } else if (signs(bsp)) {
            // kept so that the unsigned warning names the header that went unchecked
            checks.add(signatureOf(bsp, List.of()));
        }
        if (settings.sharedToken() != null) {
            checks.add(new SharedTokenVerifier(settings.sharedToken()));
        }
        if (settings.ipAllowlist() != null) {
            checks.add(new IpAllowlistVerifier(settings.ipAllowlist()));
        }
        return new AllChecksVerifier(checks);
    }

    /**
     * One verifier for all sources, choosing by the request's BSP. A source with nothing configured is refused, naming
     * what to configure, unless it is in {@code allowedUnverified}: then it is accepted unsigned. The allowance never
     * weakens a check that is configured.
     */
    public static WebhookVerifier byBsp(Map<Bsp, VerifierSettings> settingsByBsp, Set<Bsp> allowedUnverified) {
        Map<Bsp, WebhookVerifier> verifiers = new EnumMap<>(Bsp.class);
        settingsByBsp.forEach((bsp, settings) -> verifiers.put(bsp, forBsp(bsp, settings)));
        Map<Bsp, WebhookVerifier> frozen = Map.copyOf(verifiers);
        Set<Bsp> allowed = allowedUnverified.isEmpty() ? Set.of() : Set.copyOf(allowedUnverified);
        return request -> {
            WebhookVerifier verifier = frozen.get(request.bsp());
            Verification result = verifier != null
                    ? verifier.verify(request)
                    : new Unsigned("no verification configured for " + request.bsp().id());
            return result instanceof Unsigned && !allowed.contains(request.bsp())
                    ? new Rejected(MissingVerification.reason(request.bsp()))
                    : result;
        };
    }

    private static boolean signs(Bsp bsp) {
        return bsp == Bsp.META || bsp == Bsp.TWILIO || bsp == Bsp.AISENSY;
    }

    private static WebhookVerifier signatureOf(Bsp bsp, List<String> secrets) {
        return switch (bsp) {
            case META -> HexHmacSignatureVerifier.meta(secrets);
            case TWILIO -> new TwilioSignatureVerifier(secrets);
            case AISENSY -> HexHmacSignatureVerifier.aiSensy(secrets);
            case DATAGEN, KARIX, GUPSHUP -> throw new IllegalArgumentException(
                    bsp.id() + " does not sign its webhooks: configure a shared token or an IP allowlist instead");
        };
    }
}
