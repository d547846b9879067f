package zen.gateway.application.port.inbound.access;

import java.util.Optional;

/** Who a presented key belongs to: empty when it is unknown, revoked or expired, all alike. */
public interface AuthenticateKeyQuery {
    Optional<Caller> authenticate(String presentedKey);
}
