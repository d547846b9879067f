package zen.gateway.adapter.inbound.http;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;
import zen.gateway.application.port.inbound.access.AuthenticateKeyQuery;
import zen.gateway.application.port.inbound.access.Caller;

/** dropwizard-auth's authenticator over the application's key check. */
final class KeyAuthenticator implements Authenticator<String, Caller> {

    private final AuthenticateKeyQuery keys;

    KeyAuthenticator(AuthenticateKeyQuery keys) {
        this.keys = keys;
    }

    @Override
    public Optional<Caller> authenticate(String key) {
        return keys.authenticate(key);
    }
}
