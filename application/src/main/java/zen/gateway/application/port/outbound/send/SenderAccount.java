package zen.gateway.application.port.outbound.send;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import zen.gateway.domain.send.SendProvider;

/**
 * One business number and what its provider needs to send from it. Which credentials a provider needs is its
 * client's to say ({@link BspSendClient#credentialProblems}); this record only keeps them, and never shows their
 * values in {@link #toString()}, so that logging an account leaks no secret.
 *
 * @param businessNumber the sender's number in E.164 ({@code +15550001111}); Twilio, Gupshup and Karix name it in
 *                       every request, and it is what the caller paces sends by
 * @param baseUrl        replaces the scheme, host and port of the provider's documented URL (a sandbox, a
 *                       reseller's host, a stand-in in tests); the documented path is kept. Null for the provider's
 *                       own host. Only operators should set it: the gateway sends this sender's credentials there
 */
public record SenderAccount(SendProvider provider, String businessNumber, Map<String, String> credentials, URI baseUrl) {

    public SenderAccount {
        Objects.requireNonNull(provider, "provider");
        E164.require(businessNumber, "businessNumber");
        credentials = Map.copyOf(credentials);
        if (baseUrl != null) {
            requireSchemeHostAndPortOnly(baseUrl);
        }
    }

    public SenderAccount(SendProvider provider, String businessNumber, Map<String, String> credentials) {
        this(provider, businessNumber, credentials, null);
    }

    private static void requireSchemeHostAndPortOnly(URI url) {
        boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        boolean bare = (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
                && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
        if (!http || url.getHost() == null || !bare) {
            throw new IllegalArgumentException(
                    "baseUrl must be http(s)://host[:port] and nothing more (the documented path is kept), not " + url);
        }
    }

    @Override
    public String toString() {
        Map<String, String> masked = new TreeMap<>();
        credentials.keySet().forEach(name -> masked.put(name, "***"));
        return "SenderAccount[provider=" + provider.id() + ", businessNumber=" + businessNumber
                + ", credentials=" + masked + ", baseUrl=" + baseUrl + "]";
    }
}
