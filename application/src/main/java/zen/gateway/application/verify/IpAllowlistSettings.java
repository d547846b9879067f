package zen.gateway.application.verify;

import java.util.List;

/**
 * The networks a source may send from, and the proxies in front of the gateway whose {@code X-Forwarded-For}
 * may be believed. Both hold CIDRs ({@code 203.0.113.0/24}, {@code 2001:db8::/32}) or single addresses; they are
 * checked here, so a typo fails at startup rather than letting traffic through.
 *
 * @param allowedCidrs where requests may come from; empty means no allowlist
 * @param trustedProxyCidrs the direct peers whose {@code X-Forwarded-For} names the real client; empty means the
 *     header is never believed
 */
public record IpAllowlistSettings(List<String> allowedCidrs, List<String> trustedProxyCidrs) {

    public IpAllowlistSettings {
        allowedCidrs = allowedCidrs == null ? List.of() : List.copyOf(allowedCidrs);
        trustedProxyCidrs = trustedProxyCidrs == null ? List.of() : List.copyOf(trustedProxyCidrs);
        allowedCidrs.forEach(Cidr::parse);
        trustedProxyCidrs.forEach(Cidr::parse);
    }
}
