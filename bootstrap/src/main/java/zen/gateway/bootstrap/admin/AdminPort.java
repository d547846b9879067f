package zen.gateway.bootstrap.admin;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/**
 * What the admin port offers and where it listens. It binds to {@code 127.0.0.1} unless the file names a host for it
 * or {@code ADMIN_BIND} does: its health checks and metrics describe the gateway to anyone who can reach it. The thread
 * dump and the CPU profiler of Dropwizard's admin servlet are switched off: a gateway has no use for them that a JFR
 * recording does not serve better, and they would hand anyone on the port the threads' stacks or a stalled server.
 */
public final class AdminPort {

    public static final String LOOPBACK = "127.0.0.1";

    private AdminPort() {}

    /** Binds every admin connector that names no host to {@code host} ({@code ADMIN_BIND}, else loopback). */
    public static void bind(ServerFactory server, String host) {
        if (server instanceof DefaultServerFactory factory) {
            for (ConnectorFactory connector : factory.getAdminConnectors()) {
                if (connector instanceof HttpConnectorFactory http && http.getBindHost() == null) {
                    http.setBindHost(host == null ? LOOPBACK : host);
                }
            }
        }
    }

    public static void protect(Environment environment, AdminGate gate) {
        var context = environment.getAdminContext();
        context.setInitParameter("threads-enabled", "false");
        context.setInitParameter("cpu-profile-enabled", "false");
        environment.admin().addFilter("admin-gate", gate)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
