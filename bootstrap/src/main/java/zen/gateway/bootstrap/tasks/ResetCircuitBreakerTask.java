package zen.gateway.bootstrap.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;

/** {@code POST /tasks/reset-circuit-breaker?url=U}: closes a URL's breaker; without {@code url}, lists them all. */
public final class ResetCircuitBreakerTask extends Task {

    private final CircuitBreakerControl breakers;

    public ResetCircuitBreakerTask(CircuitBreakerControl breakers) {
        super("reset-circuit-breaker");
        this.breakers = breakers;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String url = TaskParameters.optional(parameters, "url");
        if (url == null) {
            breakers.states().forEach((key, state) -> output.printf("%s %s%n", state, key));
            return;
        }
        output.println(breakers.reset(url) ? "reset " + url : "no circuit breaker for " + url);
    }
}
