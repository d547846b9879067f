package zen.gateway.bootstrap.admin;

import java.util.List;
import java.util.Map;

/**
 * A task that checks its parameters before it runs: a missing or malformed one is an {@link IllegalArgumentException}
 * naming it, which the admin port answers 400. (Dropwizard's task servlet answers 500 to whatever a task throws.)
 */
public interface CheckedTask {

    String getName();

    void check(Map<String, List<String>> parameters);
}
