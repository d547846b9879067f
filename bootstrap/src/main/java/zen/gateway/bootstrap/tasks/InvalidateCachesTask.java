package zen.gateway.bootstrap.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import zen.gateway.application.access.KeyDirectory;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.projects.ProjectDirectory;

/**
 * {@code POST /tasks/invalidate-caches[?project=P]}: forgets cached endpoint configuration for one project, or
 * every cached lookup (API keys included), for when the store was changed behind the gateway's back.
 */
public final class InvalidateCachesTask extends Task {

    private final EndpointDirectory endpoints;
    private final ProjectDirectory projects;
    private final KeyDirectory keys;

    public InvalidateCachesTask(EndpointDirectory endpoints, ProjectDirectory projects, KeyDirectory keys) {
        super("invalidate-caches");
        this.endpoints = endpoints;
        this.projects = projects;
        this.keys = keys;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String project = TaskParameters.optional(parameters, "project");
        if (project != null) {
            endpoints.forget(project);
            output.println("forgot cached endpoints of " + project);
            return;
        }
        endpoints.forgetAll();
        projects.forgetAll();
        keys.forgetAll();
        output.println("forgot every cached lookup");
    }
}
