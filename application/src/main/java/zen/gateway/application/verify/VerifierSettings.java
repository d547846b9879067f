package zen.gateway.application.verify;

import java.util.Arrays;
import java.util.List;

/**
 * What to check for one source. Every part is optional; what is configured must pass.
 *
 * @param signingSecrets the secrets the BSP signs with: Meta's app secret, Twilio's auth token, AiSensy's webhook
 *     secret. Several during a rotation (any may match). Blank values count as not configured, so an unset environment
 *     variable switches signing off rather than demanding an empty secret.
 * @param sharedToken a token the sender puts in a header or the URL, or null
 * @param ipAllowlist the addresses the sender may come from, or null
 */
public record VerifierSettings(List<String> signingSecrets, SharedTokenSettings sharedToken, IpAllowlistSettings ipAllowlist) {

    public VerifierSettings {
        signingSecrets = signingSecrets == null
                ? List.of()
                : signingSecrets.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** Nothing configured: requests are accepted unsigned, with a warning. */
    public static VerifierSettings none() {
        return new VerifierSettings(List.of(), null, null);
    }

    public static VerifierSettings signedWith(String... secrets) {
        return new VerifierSettings(Arrays.asList(secrets), null, null);
    }

    public VerifierSettings withSharedToken(SharedTokenSettings token) {
        return new VerifierSettings(signingSecrets, token, ipAllowlist);
    }

    public VerifierSettings withIpAllowlist(IpAllowlistSettings allowlist) {
        return new VerifierSettings(signingSecrets, sharedToken, allowlist);
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "VerifierSettings[signingSecrets=" + signingSecrets.size() + " configured, sharedToken=" + sharedToken
                + ", ipAllowlist=" + ipAllowlist + "]";
    }
}
