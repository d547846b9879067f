package zen.gateway.application.verify;

import java.util.List;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;

/**
 * Lets requests through only from allowed networks. {@code X-Forwarded-For} is believed only when the direct peer
 * is a trusted proxy, since anyone can send the header; then the client is the right-most address that is not a
 * trusted proxy itself (addresses further left were written by whoever sent the request, and can be forged).
 */
final class IpAllowlistVerifier implements WebhookVerifier {

    private final List<Cidr> allowed;
    private final List<Cidr> trustedProxies;

    IpAllowlistVerifier(IpAllowlistSettings settings) {
        this.allowed = settings.allowedCidrs().stream().map(Cidr::parse).toList();
        this.trustedProxies = settings.trustedProxyCidrs().stream().map(Cidr::parse).toList();
    }

    @Override
    public Verification verify(VerificationRequest request) {
        if (allowed.isEmpty()) {
            return new Unsigned("no IP allowlist configured for " + request.bsp().id());
        }
        byte[] peer = IpAddresses.parse(request.remoteAddress());
        if (peer == null) {
            return new Rejected("the peer address is not known");
        }
        byte[] client = peer;
        String forwardedFor = request.forwardedFor();
        if (in(trustedProxies, peer) && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                byte[] hop = IpAddresses.parse(hops[i]);
                if (hop == null) {
                    return new Rejected("X-Forwarded-For holds something that is not an IP address");
                }
                client = hop;
                if (!in(trustedProxies, hop)) {
                    break;
                }
            }
        }
        return in(allowed, client)
                ? new Verified("IP allowlist")
                : new Rejected("the client address is not in the allowlist");
    }

    private static boolean in(List<Cidr> networks, byte[] address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }
}
