package zen.gateway.application.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;

/**
 * A shared secret in a header or the URL, for sources that cannot sign (Datagen/Karix, Gupshup, 360dialog's custom
 * webhook headers, AiSensy accounts without signing).
 */
final class SharedTokenVerifier implements WebhookVerifier {

    private static final String BEARER = "bearer ";

    private final SharedTokenSettings settings;

    SharedTokenVerifier(SharedTokenSettings settings) {
        this.settings = settings;
    }

    @Override
    public Verification verify(VerificationRequest request) {
        if (settings.tokens().isEmpty()) {
            return new Unsigned("no shared token configured for " + request.bsp().id());
        }
        List<String> presented = presentedTokens(request);
        if (presented.isEmpty()) {
            return new Rejected("no token in " + where());
        }
        for (String candidate : presented) {
            for (String token : settings.tokens()) {
                if (Hmacs.sameSecret(candidate, token)) {
                    return new Verified("shared token");
                }
            }
        }
        return new Rejected("the token in " + where() + " does not match");
    }

    private List<String> presentedTokens(VerificationRequest request) {
        List<String> presented = new ArrayList<>();
        if (settings.headerName() != null) {
            String value = request.header(settings.headerName());
            if (value != null && !value.isBlank()) {
                String token = value.strip();
                presented.add(token.regionMatches(true, 0, BEARER, 0, BEARER.length())
                        ? token.substring(BEARER.length()).strip()
                        : token);
            }
        }
        if (settings.queryParameter() != null) {
            try {
                String value = QueryParameters.first(new URI(request.url()), settings.queryParameter());
                if (value != null && !value.isEmpty()) {
                    presented.add(value);
                }
            } catch (URISyntaxException unparseable) {
                // then the URL carries no token we can read
            }
        }
        return presented;
    }

    private String where() {
        if (settings.headerName() == null) {
            return "?" + settings.queryParameter() + "=";
        }
        return settings.queryParameter() == null
                ? "header " + settings.headerName()
                : "header " + settings.headerName() + " or ?" + settings.queryParameter() + "=";
    }
}
