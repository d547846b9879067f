package zen.gateway.bootstrap.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.inbound.retention.PurgeExpiredUseCase;

/** {@code POST /tasks/purge-expired}: runs the retention purge now and prints what it removed per kind. */
public final class PurgeExpiredTask extends Task {

    private final PurgeExpiredUseCase purge;

    public PurgeExpiredTask(PurgeExpiredUseCase purge) {
        super("purge-expired");
        this.purge = purge;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        purge.purgeExpired().forEach((kind, removed) -> output.println(kind + ": " + removed + " removed"));
    }
}
