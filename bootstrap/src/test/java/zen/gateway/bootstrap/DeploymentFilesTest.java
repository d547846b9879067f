package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.metrics.servlets.AdminServlet;
import jakarta.ws.rs.GET;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import zen.gateway.adapter.inbound.http.HealthResource;

/**
 * What can be checked of the Dockerfile, the compose file and the Kubernetes manifests without Docker or a cluster:
 * that they copy what exists, and use the ports, health paths and variables the gateway really has. The gateway's
 * side is read from its own sources (the bundled defaults, Dropwizard's admin servlet, the health resource, the
 * README's variables), so a change there that the deployment files miss fails here.
 */
class DeploymentFilesTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Path KUBERNETES = REPOSITORY.resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern DEFAULT_OF_VARIABLE = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final String PLACEHOLDER = "REPLACE_ME";

    private final JsonNode defaults = readYaml(REPOSITORY.resolve("bootstrap/src/main/resources/zen-default.yml"));
    private final int applicationPort = port(defaults.at("/server/applicationConnectors/0/port"));
    private final int adminPort = port(defaults.at("/server/adminConnectors/0/port"));
    private final String adminContextPath = defaults.at("/server/adminContextPath")
            .asText(new DefaultServerFactory().getAdminContextPath());
    private final String applicationContextPath = defaults.at("/server/applicationContextPath")
            .asText(new DefaultServerFactory().getApplicationContextPath());
    private final String healthCheckPath = join(adminContextPath, AdminServlet.DEFAULT_HEALTHCHECK_URI);
    private final Set<String> adminPaths = Set.of(healthCheckPath, join(adminContextPath, AdminServlet.DEFAULT_PING_URI));
    private final Set<String> applicationHealthPaths = healthResourcePaths(applicationContextPath);
    private final Set<String> documentedVariables = documentedVariables();

    @Test
    void theBundledDefaultsGiveTheFilesSomethingToMatch() {
        assertThat(applicationPort).isEqualTo(8080);
        assertThat(adminPort).isEqualTo(8081);
        assertThat(healthCheckPath).isEqualTo("/healthcheck");
        assertThat(applicationHealthPaths).contains("/health");
        assertThat(documentedVariables).contains("DATABASE_URL", "RABBITMQ_URL", "REDIS_URL", "ZEN_DATA_DIR");
    }

    @Test
    void theDockerfileCopiesWhatExistsAndEveryModule() throws Exception {
        List<Instruction> dockerfile = Instruction.parse(REPOSITORY.resolve("Dockerfile"));
        List<String> sources = dockerfile.stream().filter(i -> i.is("COPY") && !i.arguments().startsWith("--from"))
                .flatMap(i -> i.words().subList(0, i.words().size() - 1).stream()).toList();

        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(REPOSITORY.resolve(source)).exists());
        assertThat(sources).contains("mvnw", ".mvn", "pom.xml");
        for (String module : modules()) {
            assertThat(sources).as("the Dockerfile builds every module of the reactor").contains(module + "/pom.xml",
                    module + "/src");
        }
        List<IgnoreRule> ignored = IgnoreRule.parse(REPOSITORY.resolve(".dockerignore"));
        for (String source : sources) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(source))) {
                files.map(file -> REPOSITORY.relativize(file).toString()).forEach(file -> assertThat(
                        IgnoreRule.excludes(ignored, file)).as(".dockerignore keeps %s out of the build", file).isFalse());
            }
        }
    }

    @Test
    void theImageExposesTheDefaultPortsAndChecksTheAdminHealth() throws Exception {
        List<Instruction> runtime = Instruction.lastStage(Instruction.parse(REPOSITORY.resolve("Dockerfile")));

        assertThat(runtime.stream().filter(i -> i.is("EXPOSE")).flatMap(i -> i.words().stream()).map(Integer::valueOf))
                .containsExactlyInAnyOrder(applicationPort, adminPort);
        Instruction healthCheck = single(runtime, "HEALTHCHECK");
        Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:([^/\\s\"]+)(/[^\\s\"]*)").matcher(healthCheck.arguments());
        assertThat(url.find()).as(healthCheck.arguments()).isTrue();
        assertThat(port(url.group(1))).isEqualTo(adminPort);
        assertThat(url.group(2)).isEqualTo(healthCheckPath);
        String tool = healthCheck.arguments().replaceFirst("^.*\\bCMD\\s+", "").split("\\s+")[0];
        assertThat(runtime).as("the runtime stage installs %s, which the HEALTHCHECK calls", tool)
                .anySatisfy(i -> assertThat(i.is("RUN") && i.words().contains("install") && i.words().contains(tool)).isTrue());

        Map<String, String> environment = Instruction.environment(runtime);
        assertThat(documentedVariables).containsAll(environment.keySet());
        assertThat(environment.get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=75");
        assertThat(single(runtime, "VOLUME").words()).containsExactly(environment.get("ZEN_DATA_DIR"));
        String user = single(runtime, "USER").arguments();
        assertThat(user).as("a numeric, non-root user, which Kubernetes' runAsNonRoot can check").matches("[1-9][0-9]*(:[0-9]+)?");
    }

    @Test
    void composeRunsTheGatewayOnItsPortsNextToTheServicesItNames() throws Exception {
        JsonNode services = readYaml(REPOSITORY.resolve("docker-compose.yml")).path("services");
        JsonNode gateway = services.path("gateway");
        Map<String, String> environment = new HashMap<>();
        gateway.path("environment").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText("")));

        assertThat(documentedVariables).containsAll(environment.keySet());
        assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(applicationPort))
                .containsEntry("ADMIN_PORT", String.valueOf(adminPort)).containsEntry("ADMIN_BIND", "0.0.0.0");
        List<Integer> containerPorts = new ArrayList<>();
        gateway.path("ports").forEach(p -> containerPorts.add(Integer.valueOf(p.asText().replaceAll("^.*:", ""))));
        assertThat(containerPorts).containsExactlyInAnyOrder(applicationPort, adminPort);
        assertThat(gateway.path("volumes").toString()).contains(":" + environment.get("ZEN_DATA_DIR") + "\"");

        for (String variable : List.of("RABBITMQ_URL", "DATABASE_URL", "REDIS_URL")) {
            assertThat(services.has(URI.create(environment.get(variable)).getHost())).as(variable).isTrue();
        }
        gateway.path("depends_on").properties().forEach(dependency -> {
            assertThat(services.has(dependency.getKey())).isTrue();
            assertThat(services.path(dependency.getKey()).has("healthcheck"))
                    .as("%s has a healthcheck for depends_on to wait on", dependency.getKey()).isTrue();
        });
        assertThat(services.path("mongo").path("profiles").toString()).contains("mongo");
    }

    @Test
    void kubernetesProbesAndPortsAreTheGatewaysOwn() throws Exception {
        JsonNode deployment = manifest("deployment.yaml");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        Map<String, Integer> ports = new HashMap<>();
        container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));

        assertThat(ports.values()).containsExactlyInAnyOrder(applicationPort, adminPort);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode httpGet = container.path(probe).path("httpGet");
            JsonNode portReference = httpGet.path("port");
            int port = portReference.isInt() ? portReference.asInt() : ports.getOrDefault(portReference.asText(), -1);
            Set<String> served = port == adminPort ? adminPaths : port == applicationPort ? applicationHealthPaths : Set.of();
            assertThat(served).as("%s: %s is served on port %s", probe, httpGet.path("path").asText(), port)
                    .contains(httpGet.path("path").asText());
        }
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(adminPort));

        JsonNode configMap = manifest("configmap.yaml");
        assertThat(configMap.at("/data/SERVER_PORT").asText()).isEqualTo(String.valueOf(applicationPort));
        assertThat(configMap.at("/data/ADMIN_PORT").asText()).isEqualTo(String.valueOf(adminPort));
        assertThat(configMap.at("/data/ADMIN_BIND").asText()).as("the kubelet probes the admin port from outside the pod")
                .isEqualTo("0.0.0.0");

        JsonNode service = manifest("service.yaml");
        assertThat(ports).containsKey(service.at("/spec/ports/0/targetPort").asText());
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(podLabels).isEqualTo(deployment.at("/spec/selector/matchLabels"));
        assertThat(service.at("/spec/selector")).isEqualTo(podLabels);
        assertThat(manifest("pdb.yaml").at("/spec/selector/matchLabels")).isEqualTo(podLabels);
        assertThat(manifest("hpa.yaml").at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(deployment.at("/metadata/name").asText());
    }

    @Test
    void kubernetesPodsRunAsNonRootOnAReadOnlyRootWithAWritableDataDirectory() throws Exception {
        JsonNode pod = manifest("deployment.yaml").at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        Set<String> mounted = new HashSet<>();
        container.path("volumeMounts").forEach(m -> mounted.add(m.path("mountPath").asText()));
        Set<String> volumes = new HashSet<>();
        pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(mounted).contains(manifest("configmap.yaml").at("/data/ZEN_DATA_DIR").asText(), "/tmp");
        container.path("volumeMounts").forEach(m -> assertThat(volumes).contains(m.path("name").asText()));
        assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
    }

    @Test
    void kubernetesReadsDocumentedVariablesAndItsSecretIsOnlyATemplate() throws Exception {
        JsonNode container = manifest("deployment.yaml").at("/spec/template/spec/containers/0");
        JsonNode configMap = manifest("configmap.yaml");
        JsonNode secret = manifest("secret.template.yaml");
        Set<String> variables = new HashSet<>();
        configMap.path("data").fieldNames().forEachRemaining(variables::add);
        secret.path("stringData").fieldNames().forEachRemaining(variables::add);
        container.path("env").forEach(e -> variables.add(e.path("name").asText()));

        assertThat(documentedVariables).containsAll(variables);
        assertThat(container.findValuesAsText("name")).contains(configMap.at("/metadata/name").asText(),
                secret.at("/metadata/name").asText());
        secret.path("stringData").properties().forEach(entry -> assertThat(entry.getValue().asText())
                .as("%s in the template is a placeholder, never a real secret", entry.getKey()).contains(PLACEHOLDER));
        assertThat(secret.path("stringData").has("ZEN_ADMIN_TOKEN")).isTrue();
        assertThat(secret.path("stringData").has("ZEN_MASTER_KEY")).isTrue();
    }

    @Test
    void theKustomizationNamesEveryManifestButTheSecretTemplate() throws Exception {
        List<String> resources = new ArrayList<>();
        manifest("kustomization.yaml").path("resources").forEach(r -> resources.add(r.asText()));
        List<String> files;
        try (Stream<Path> listing = Files.list(KUBERNETES)) {
            files = listing.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).toList();
        }

        assertThat(resources).isNotEmpty().allSatisfy(r -> assertThat(KUBERNETES.resolve(r)).isRegularFile());
        assertThat(resources).doesNotContain("secret.template.yaml");
        assertThat(files).containsExactlyInAnyOrderElementsOf(
                Stream.concat(resources.stream(), Stream.of("kustomization.yaml", "secret.template.yaml")).toList());
    }

    @Test
    void kustomizeRendersTheManifests() throws Exception {
        Path kubectl = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(kubectl != null, "kubectl is not installed");
        Path output = Files.createTempFile("kustomize", ".yaml");
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", KUBERNETES.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
            String rendered = Files.readString(output);
            assertThat(process.exitValue()).as(rendered).isZero();
            assertThat(rendered).contains("kind: Deployment", "kind: Service", "kind: ConfigMap",
                    "kind: HorizontalPodAutoscaler", "kind: PodDisruptionBudget").doesNotContain("kind: Secret");
        } finally {
            Files.delete(output);
        }
    }

    /** One instruction of a Dockerfile, continuation lines joined, with the build stage it belongs to. */
    private record Instruction(String keyword, String arguments, int stage) {

        static List<Instruction> parse(Path dockerfile) throws IOException {
            String joined = Files.readString(dockerfile).replaceAll("(?m)^\\s*#.*\\n", "").replace("\\\n", " ");
            List<Instruction> instructions = new ArrayList<>();
            int stage = -1;
            for (String line : joined.split("\n")) {
                String[] parts = line.strip().split("\\s+", 2);
                if (parts[0].isEmpty()) {
                    continue;
                }
                String keyword = parts[0].toUpperCase();
                stage += keyword.equals("FROM") ? 1 : 0;
                instructions.add(new Instruction(keyword, parts.length > 1 ? parts[1].strip() : "", stage));
            }
            return instructions;
        }

        static List<Instruction> lastStage(List<Instruction> instructions) {
            int last = instructions.getLast().stage();
            return instructions.stream().filter(i -> i.stage() == last).toList();
        }

        /** {@code ENV A=1 B="x y"}, the form this Dockerfile uses. */
        static Map<String, String> environment(List<Instruction> instructions) {
            Map<String, String> environment = new HashMap<>();
            Matcher pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)").matcher("");
            instructions.stream().filter(i -> i.is("ENV")).forEach(i -> {
                pair.reset(i.arguments());
                while (pair.find()) {
                    environment.put(pair.group(1), pair.group(2).replace("\"", ""));
                }
            });
            return environment;
        }

        boolean is(String expected) {
            return keyword.equals(expected);
        }

        List<String> words() {
            return List.of(arguments.split("\\s+"));
        }
    }

    /** A .dockerignore line; as in Docker, the last rule that matches a path (or a directory above it) decides. */
    private record IgnoreRule(PathMatcher matcher, boolean exception) {

        static List<IgnoreRule> parse(Path dockerignore) throws IOException {
            return Files.readAllLines(dockerignore).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> new IgnoreRule(FileSystems.getDefault().getPathMatcher("glob:" + line.replaceFirst("^!", "")),
                            line.startsWith("!")))
                    .toList();
        }

        static boolean excludes(List<IgnoreRule> rules, String file) {
            boolean excluded = false;
            for (IgnoreRule rule : rules) {
                for (Path prefix = Path.of(file); prefix != null; prefix = prefix.getParent()) {
                    if (rule.matcher().matches(prefix)) {
                        excluded = !rule.exception();
                        break;
                    }
                }
            }
            return excluded;
        }
    }

    private static Instruction single(List<Instruction> instructions, String keyword) {
        List<Instruction> found = instructions.stream().filter(i -> i.is(keyword)).toList();
        assertThat(found).as(keyword).hasSize(1);
        return found.getFirst();
    }

    private static List<String> modules() throws Exception {
        NodeList modules = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(REPOSITORY.resolve("pom.xml").toFile()).getElementsByTagName("module");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            names.add(modules.item(i).getTextContent().strip());
        }
        assertThat(names).contains("bootstrap");
        return names;
    }

    private static JsonNode manifest(String file) throws IOException {
        return YAML.readTree(KUBERNETES.resolve(file).toFile());
    }

    private static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** {@code 8080}, or the default of {@code ${SERVER_PORT:-8080}}: what the gateway uses when nothing is set. */
    private static int port(JsonNode value) {
        return port(value.asText());
    }

    private static int port(String value) {
        Matcher variable = DEFAULT_OF_VARIABLE.matcher(value);
        return Integer.parseInt(variable.matches() ? variable.group(1) : value);
    }

    private static String join(String contextPath, String path) {
        return (contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath) + path;
    }

    /** The paths {@link HealthResource} answers GET on, from its JAX-RS annotations. */
    private static Set<String> healthResourcePaths(String contextPath) {
        String classPath = HealthResource.class.getAnnotation(jakarta.ws.rs.Path.class).value();
        Set<String> paths = new HashSet<>();
        Arrays.stream(HealthResource.class.getMethods()).filter(m -> m.isAnnotationPresent(GET.class)).forEach(m -> {
            jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
            String path = ("/" + classPath + "/" + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
            paths.add(join(contextPath, path.length() > 1 ? path.replaceAll("/$", "") : path));
        });
        return paths;
    }

    /** Every variable name the README mentions: what a deployment file may set. */
    private static Set<String> documentedVariables() {
        try {
            Set<String> names = new HashSet<>();
            VARIABLE_NAME.matcher(Files.readString(REPOSITORY.resolve("README.md"))).results()
                    .forEach(m -> names.add(m.group()));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
