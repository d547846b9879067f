package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import java.util.List;
import zen.gateway.application.port.inbound.access.AuthenticateKeyQuery;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.access.RecordAuditUseCase;

/** The providers this adapter registers besides its resources: error mappers, and the access control of every route. */
public final class HttpAdapter {

    private HttpAdapter() {}

    public static List<Object> errorMappers() {
        return List.of(new IllegalArgumentMapper(), new JsonInputMapper(), new AccessDeniedMapper(), new NumberTakenMapper(),
                new ClientErrorMapper());
    }

    /** Bounds on URL and body size, and checks of every path and query parameter, before any resource reads them. */
    public static List<Object> inputChecks() {
        return List.of(new RequestLimits(), new InputChecks());
    }

    /**
     * What puts every route behind its access rule (see the package's documentation): the bearer key filter and the
     * {@code @Auth Caller} parameter (dropwizard-auth), the per-key limit, the scope check and the audit trail.
     * {@code json} is the mapper the answers are written with, to read what an audited answer says.
     */
    public static List<Object> accessControl(AuthenticateKeyQuery keys, RecordAuditUseCase audit, ObjectMapper json) {
        BearerKeyFilter bearer = new BearerKeyFilter.Builder()
                .setAuthenticator(new KeyAuthenticator(keys))
                .setAuthorizer((caller, role, request) -> caller.hasRole(role))
                .setPrefix("Bearer")
                .setRealm("zen-gateway")
                .buildAuthFilter();
        return List.of(new AuthDynamicFeature(bearer), new AuthValueFactoryProvider.Binder<>(Caller.class),
                new AccessFeature(new KeyRateLimits(System::nanoTime), audit, json));
    }
}
