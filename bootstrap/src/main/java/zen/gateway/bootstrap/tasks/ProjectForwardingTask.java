package zen.gateway.bootstrap.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import zen.gateway.bootstrap.admin.CheckedTask;
import zen.gateway.application.port.inbound.endpoints.ManageEndpointsUseCase;

/**
 * {@code POST /tasks/pause-project-forwarding?project=P} and {@code resume-project-forwarding}: holds or releases
 * every delivery of a project; held deliveries wait, none is dropped.
 */
public final class ProjectForwardingTask extends Task implements CheckedTask {

    private final ManageEndpointsUseCase endpoints;
    private final boolean pause;

    public ProjectForwardingTask(ManageEndpointsUseCase endpoints, boolean pause) {
        super(pause ? "pause-project-forwarding" : "resume-project-forwarding");
        this.endpoints = endpoints;
        this.pause = pause;
    }

    @Override
    public void check(Map<String, List<String>> parameters) {
        TaskParameters.required(parameters, "project");
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String project = TaskParameters.required(parameters, "project");
        int changed = endpoints.setProjectPaused(project, pause);
        output.printf("%s %d endpoints of %s%n", pause ? "paused" : "resumed", changed, project);
    }
}
