package zen.gateway.adapter.inbound.http;

import zen.gateway.application.port.inbound.access.Caller;

/**
 * The roles a route names in {@code @RolesAllowed}: a scope a project key may carry, or {@link #ADMIN}, which only
 * admin keys have. Admin keys have every role.
 */
public final class Scopes {

    public static final String READ = "read";
    public static final String WRITE = "write";
    public static final String SEND = "send";
    public static final String KEYS = "keys";
    public static final String ADMIN = Caller.ADMIN;

    private Scopes() {}
}
