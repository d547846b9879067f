package zen.gateway.application.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;

/**
 * Twilio's {@code X-Twilio-Signature}: base64 HMAC-SHA1, keyed with the auth token, of the public URL followed by
 * every POST parameter sorted by name, each name immediately followed by its value. JSON-body webhooks instead
 * carry {@code bodySHA256} in the URL: the URL alone is signed and the body must hash to it.
 *
 * <p>Like Twilio's helper libraries, the URL is tried as given, and with the port removed or the scheme's default
 * port added, because Twilio's side and the configured URL may disagree about an explicit port.
 */
final class TwilioSignatureVerifier implements WebhookVerifier {

    private static final String HEADER = "X-Twilio-Signature";
    private static final String BODY_HASH_PARAMETER = "bodySHA256";

    private final List<String> authTokens;

    TwilioSignatureVerifier(List<String> authTokens) {
        this.authTokens = List.copyOf(authTokens);
    }

    @Override
    public Verification verify(VerificationRequest request) {
        if (authTokens.isEmpty()) {
            return new Unsigned("no auth token configured for twilio: " + HEADER + " not checked");
        }
        String value = request.header(HEADER);
        if (value == null || value.isBlank()) {
            return new Rejected("missing " + HEADER);
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            return new Rejected(HEADER + " is not base64");
        }
        URI url;
        try {
            url = new URI(request.url());
        } catch (URISyntaxException e) {
            return new Rejected("the public URL cannot be parsed: " + e.getMessage());
        }
        List<String> signedSuffixes;
        String bodyHash = QueryParameters.first(url, BODY_HASH_PARAMETER);
        if (bodyHash != null) {
            if (!bodyMatches(request.body(), bodyHash)) {
                return new Rejected("the body does not match " + BODY_HASH_PARAMETER);
            }
            signedSuffixes = List.of("");
        } else {
            signedSuffixes = parameterSuffixes(request.formParameters());
        }
        for (String token : authTokens) {
            for (String signedUrl : urlVariants(request.url(), url)) {
                for (String suffix : signedSuffixes) {
                    byte[] expected = Hmacs.hmac(Hmacs.SHA1, token, (signedUrl + suffix).getBytes(StandardCharsets.UTF_8));
                    if (MessageDigest.isEqual(expected, given)) {
                        return new Verified(HEADER);
                    }
                }
            }
        }
        return new Rejected(HEADER + " does not match the URL and parameters");
    }

    private static boolean bodyMatches(byte[] body, String expectedHex) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(expectedHex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(Hmacs.sha256(body), expected);
    }

    /**
     * The parameters as signed: names sorted, values of a repeated name sorted. Twilio's docs sign every value;
     * its PHP library drops repeated values, so that reading is tried too when values repeat.
     */
    private static List<String> parameterSuffixes(Map<String, List<String>> parameters) {
        Map<String, List<String>> sorted = new TreeMap<>(parameters);
        StringBuilder every = new StringBuilder();
        StringBuilder distinct = new StringBuilder();
        sorted.forEach((name, values) -> {
            List<String> ordered = values.stream().sorted().toList();
            ordered.forEach(v -> every.append(name).append(v));
            ordered.stream().distinct().forEach(v -> distinct.append(name).append(v));
        });
        return every.toString().equals(distinct.toString())
                ? List.of(every.toString())
                : List.of(every.toString(), distinct.toString());
    }

    private static Set<String> urlVariants(String given, URI url) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(given);
        if (url.getScheme() == null || url.getHost() == null) {
            return variants;
        }
        int defaultPort = "https".equalsIgnoreCase(url.getScheme()) ? 443 : "http".equalsIgnoreCase(url.getScheme()) ? 80 : -1;
        List<String> userInfos = new ArrayList<>();
        userInfos.add(url.getRawUserInfo());
        if (url.getRawUserInfo() != null) {
            userInfos.add(null);
        }
        for (String userInfo : userInfos) {
            variants.add(rebuild(url, userInfo, url.getPort()));
            if (url.getPort() != -1) {
                variants.add(rebuild(url, userInfo, -1));
            } else if (defaultPort != -1) {
                variants.add(rebuild(url, userInfo, defaultPort));
            }
        }
        return variants;
    }

    private static String rebuild(URI url, String userInfo, int port) {
        StringBuilder rebuilt = new StringBuilder(url.getScheme()).append("://");
        if (userInfo != null) {
            rebuilt.append(userInfo).append('@');
        }
        rebuilt.append(url.getHost());
        if (port != -1) {
            rebuilt.append(':').append(port);
        }
        if (url.getRawPath() != null) {
            rebuilt.append(url.getRawPath());
        }
        if (url.getRawQuery() != null) {
            rebuilt.append('?').append(url.getRawQuery());
        }
        return rebuilt.toString();
    }
}
