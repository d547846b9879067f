package zen.gateway.application.verify;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;

/**
 * A hex HMAC-SHA256 of the raw body in a header, optionally prefixed {@code sha256=}: Meta's
 * {@code X-Hub-Signature-256} (prefix required, as Meta always sends it) and AiSensy's {@code X-AiSensy-Signature}
 * (prefix optional). Hex in any case. The raw bytes are what is signed: Meta signs the escaped-unicode form it sent,
 * so a re-serialised body would not match.
 */
final class HexHmacSignatureVerifier implements WebhookVerifier {

    private static final String PREFIX = "sha256=";
    private static final int SHA256_BYTES = 32;

    private final String headerName;
    private final boolean prefixRequired;
    private final List<String> secrets;

    HexHmacSignatureVerifier(String headerName, boolean prefixRequired, List<String> secrets) {
        this.headerName = headerName;
        this.prefixRequired = prefixRequired;
        this.secrets = List.copyOf(secrets);
    }

    static HexHmacSignatureVerifier meta(List<String> appSecrets) {
        return new HexHmacSignatureVerifier("X-Hub-Signature-256", true, appSecrets);
    }

    static HexHmacSignatureVerifier aiSensy(List<String> webhookSecrets) {
        return new HexHmacSignatureVerifier("X-AiSensy-Signature", false, webhookSecrets);
    }

    @Override
    public Verification verify(VerificationRequest request) {
        if (secrets.isEmpty()) {
            return new Unsigned("no signing secret configured for " + request.bsp().id() + ": " + headerName + " not checked");
        }
        String value = request.header(headerName);
        if (value == null || value.isBlank()) {
            return new Rejected("missing " + headerName);
        }
        String hex = value.strip();
        if (hex.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            hex = hex.substring(PREFIX.length());
        } else if (prefixRequired) {
            return new Rejected(headerName + " does not start with " + PREFIX);
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new Rejected(headerName + " is not hex");
        }
        if (given.length != SHA256_BYTES) {
            return new Rejected(headerName + " is not a SHA-256 HMAC (" + given.length + " bytes)");
        }
        for (String secret : secrets) {
            if (MessageDigest.isEqual(Hmacs.hmac(Hmacs.SHA256, secret, request.body()), given)) {
                return new Verified(headerName);
            }
        }
        return new Rejected(headerName + " does not match the body");
    }
}
