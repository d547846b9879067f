package zen.gateway.bootstrap.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.application.port.inbound.access.AuthenticateKeyQuery;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.access.RecordAuditUseCase;

/**
 * In front of everything on the admin port. Tasks need an admin key ({@code Authorization: Bearer}), are checked for
 * their parameters (400 naming the problem) and recorded in the audit trail; Dropwizard's garbage collection task is
 * not offered. Health checks and metrics are open unless {@code protectReadings}, for monitoring; {@code /ping} is open
 * always, for container probes. Refusals have the API's error shape.
 */
public final class AdminGate extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AdminGate.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REMOVED_TASKS = Set.of("gc");

    private final transient AuthenticateKeyQuery keys;
    private final transient RecordAuditUseCase audit;
    private final transient Map<String, CheckedTask> tasks;
    private final boolean protectReadings;

    public AdminGate(AuthenticateKeyQuery keys, RecordAuditUseCase audit, List<CheckedTask> tasks, boolean protectReadings) {
        this.keys = keys;
        this.audit = audit;
        this.tasks = new LinkedHashMap<>();
        tasks.forEach(task -> this.tasks.put(task.getName(), task));
        this.protectReadings = protectReadings;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/tasks/")) {
            task(path.substring("/tasks/".length()), request, response, chain);
            return;
        }
        if (protectReadings && !path.equals("/ping") && admin(request, response).isEmpty()) {
            return;
        }
        chain.doFilter(request, response);
    }

    private void task(String name, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Caller> caller = admin(request, response);
        if (caller.isEmpty()) {
            return;
        }
        Map<String, List<String>> parameters = parameters(request);
        int status;
        if (REMOVED_TASKS.contains(name)) {
            status = answer(response, 404, "the gateway does not offer the task '" + name + "'");
        } else {
            status = checked(name, parameters, response);
            if (status == 0) {
                chain.doFilter(request, response);
                status = response.getStatus();
            }
        }
        record(caller.get(), name, parameters, status);
    }

    /** 0 when the parameters are fine, else the status of the answer given. */
    private int checked(String name, Map<String, List<String>> parameters, HttpServletResponse response) throws IOException {
        CheckedTask task = tasks.get(name);
        if (task == null) {
            return 0;
        }
        try {
            task.check(parameters);
            return 0;
        } catch (IllegalArgumentException bad) {
            return answer(response, 400, bad.getMessage());
        }
    }

    private void record(Caller caller, String task, Map<String, List<String>> parameters, int status) {
        String project = first(parameters, "project");
        String target = Optional.ofNullable(project).orElse(first(parameters, "url"));
        try {
            audit.record(new RecordAuditUseCase.Change(caller.keyId(), project, "task." + task, target, status));
        } catch (RuntimeException e) {
            LOG.error("could not record the task {} by {} in the audit trail", task, caller.keyId(), e);
        }
    }

    /** The admin caller, or empty once a 401 or 403 has been answered. */
    private Optional<Caller> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = bearerKey(request.getHeader("Authorization"));
        Optional<Caller> caller = key == null ? Optional.empty() : keys.authenticate(key);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"zen-gateway-admin\"");
            answer(response, 401, key == null
                    ? "an admin key is required: send Authorization: Bearer <admin key>"
                    : "the key is unknown, revoked or expired");
            return Optional.empty();
        }
        if (!caller.get().admin()) {
            answer(response, 403, "the admin port takes admin keys only");
            return Optional.empty();
        }
        return caller;
    }

    private static String bearerKey(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split("\\s+", 2);
        return parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer") && !parts[1].isBlank() ? parts[1].trim() : null;
    }

    private static int answer(HttpServletResponse response, int status, String error) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        return status;
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().trim();
    }
}
