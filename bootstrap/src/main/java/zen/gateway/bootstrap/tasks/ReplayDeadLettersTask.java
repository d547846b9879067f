package zen.gateway.bootstrap.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import zen.gateway.bootstrap.admin.CheckedTask;
import zen.gateway.application.port.inbound.forwarding.ReplayDeadLettersUseCase;


/**
 * {@code POST /tasks/replay-dead-letters?project=P[&from=ISO][&to=ISO]}: replays a project's dead letters,
 * optionally only those dead-lettered in a time range.
 */
public final class ReplayDeadLettersTask extends Task implements CheckedTask {

    private final ReplayDeadLettersUseCase replay;

    public ReplayDeadLettersTask(ReplayDeadLettersUseCase replay) {
        super("replay-dead-letters");
        this.replay = replay;
    }

    @Override
    public void check(Map<String, List<String>> parameters) {
        TaskParameters.required(parameters, "project");
        TaskParameters.instant(parameters, "from");
        TaskParameters.instant(parameters, "to");
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String project = TaskParameters.required(parameters, "project");
        Instant from = TaskParameters.instant(parameters, "from");
        Instant to = TaskParameters.instant(parameters, "to");
        List<String> replayed = replay.replay(new ReplayDeadLettersUseCase.Selection(project, List.of(), from, to, 100_000));
        output.printf("replayed %d dead-lettered deliveries of %s%n", replayed.size(), project);
    }
}
