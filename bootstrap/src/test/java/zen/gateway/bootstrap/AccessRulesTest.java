package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zen.gateway.adapter.inbound.http.Audited;
import zen.gateway.adapter.inbound.http.Public;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Every route Jersey serves, checked for its access rule, and called four ways: without a key (401), with a key of
 * another project (403, or 404 for something fetched by id), with a key of the project that lacks the route's scope
 * (403) and with one that has it (2xx). The table of routes below must name every route the running gateway has: a
 * route added without an access rule, or without a row here, fails this test.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessRulesTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private static final String PROJECT = "acme-" + UUID.randomUUID();
    private static final List<String> SCOPES = List.of("read", "write", "send", "keys");

    private static CustomerSink sink;
    private static GatewayClient admin;
    private static ApiKeys keys;
    private static String otherProjectKey;
    private static String business;
    private static String wamid;
    private static String deliveryId;

    /** A route: its method and Jersey path, the role it needs, and how to call it on {@link #PROJECT}'s things. */
    record Route(String method, String template, String role, Function<Fixture, Call> call, int otherProject) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** One request: its method, path and body (null for none). */
    record Call(String method, String path, String body) {}

    /** Things of the project, made fresh for each call that consumes them. */
    static final class Fixture {
        String endpoint() {
            GatewayClient.Answer made = admin.post("/api/v1/webhooks/configure", """
                    {"project_owner_id":"%s","webhook_url":"%s","topics":["*"]}""".formatted(PROJECT, sink.url("/rules")));
            assertThat(made.status()).as(made.text()).isEqualTo(201);
            return made.json().get("id").asText();
        }

        String number() {
            String number = "91" + (8_000_000_000L + (long) (Math.random() * 999_999_999L));
            assertThat(admin.put("/api/v1/projects/" + PROJECT + "/numbers/" + number, "").status()).isEqualTo(200);
            return number;
        }

        String sender() {
            GatewayClient.Answer made = admin.post("/api/v1/projects/" + PROJECT + "/senders", senderBody());
            assertThat(made.status()).as(made.text()).isEqualTo(201);
            return made.json().get("id").asText();
        }

        /** A draft campaign starting in 2099, then moved by each action ({@code start}, {@code pause}, ...). */
        String campaign(String... actions) {
            GatewayClient.Answer made = admin.post("/api/v1/campaigns", campaignBody(PROJECT));
            assertThat(made.status()).as(made.text()).isEqualTo(201);
            String id = made.json().get("id").asText();
            for (String action : actions) {
                assertThat(admin.post("/api/v1/campaigns/" + id + "/" + action).status()).isEqualTo(200);
            }
            return id;
        }

        String optOut() {
            String phone = "+91" + (9_000_000_000L + (long) (Math.random() * 999_999_999L));
            assertThat(admin.put("/api/v1/projects/" + PROJECT + "/opt-outs/" + phone, "").status()).isEqualTo(200);
            return phone;
        }

        String key() {
            GatewayClient.Answer made = admin.post("/api/v1/keys", """
                    {"project_owner_id":"%s","scopes":["read"]}""".formatted(PROJECT));
            return made.json().get("id").asText();
        }
    }

    static List<Route> routes() {
        String p = PROJECT;
        return List.of(
                new Route("GET", "/api/v1/messages/{id}", "read", f -> new Call("GET", "/api/v1/messages/" + wamid, null), 404),
                new Route("GET", "/api/v1/messages", "read", f -> new Call("GET", "/api/v1/messages?project_owner_id=" + p, null), 403),
                new Route("GET", "/api/v1/messages/stats", "read",
                        f -> new Call("GET", "/api/v1/messages/stats?project_owner_id=" + p, null), 403),
                new Route("POST", "/api/v1/messages/track", "write", f -> new Call("POST", "/api/v1/messages/track", """
                        {"wamid":"wamid.%s","bsp":"meta","phone_number":"919800000001","business_number":"919800099999",
                         "project_owner_id":"%s"}""".formatted(UUID.randomUUID(), p)), 403),
                new Route("GET", "/api/v1/conversations/{project_owner_id}", "read",
                        f -> new Call("GET", "/api/v1/conversations/" + p, null), 403),
                new Route("GET", "/api/v1/conversations/{project_owner_id}/{customer_number}", "read",
                        f -> new Call("GET", "/api/v1/conversations/" + p + "/919800000001", null), 403),
                new Route("GET", "/api/v1/usage/{project_owner_id}", "read",
                        f -> new Call("GET", "/api/v1/usage/" + p + "?granularity=hour&group_by=campaign", null), 403),
                new Route("GET", "/api/v1/projects/{project_owner_id}/numbers", "read",
                        f -> new Call("GET", "/api/v1/projects/" + p + "/numbers", null), 403),
                new Route("PUT", "/api/v1/projects/{project_owner_id}/numbers/{business_number}", "write",
                        f -> new Call("PUT", "/api/v1/projects/" + p + "/numbers/91" + (9_000_000_000L + (long) (Math.random() * 999_999_999L)), ""), 403),
                new Route("DELETE", "/api/v1/projects/{project_owner_id}/numbers/{business_number}", "write",
                        f -> new Call("DELETE", "/api/v1/projects/" + p + "/numbers/" + f.number(), null), 403),
                new Route("POST", "/api/v1/webhooks/configure", "write", f -> new Call("POST", "/api/v1/webhooks/configure", """
                        {"project_owner_id":"%s","webhook_url":"%s","topics":["*"]}""".formatted(p, sink.url("/rules"))), 403),
                new Route("GET", "/api/v1/webhooks/config/{project_owner_id}", "read",
                        f -> new Call("GET", "/api/v1/webhooks/config/" + p, null), 403),
                new Route("PUT", "/api/v1/webhooks/config/{project_owner_id}/{endpoint_id}", "write",
                        f -> new Call("PUT", "/api/v1/webhooks/config/" + p + "/" + f.endpoint(), """
                                {"webhook_url":"%s","topics":["datagen.*"]}""".formatted(sink.url("/rules"))), 403),
                new Route("POST", "/api/v1/webhooks/config/{project_owner_id}/{endpoint_id}/rotate-secrets", "write",
                        f -> new Call("POST", "/api/v1/webhooks/config/" + p + "/" + f.endpoint() + "/rotate-secrets", ""), 403),
                new Route("POST", "/api/v1/webhooks/config/{project_owner_id}/{endpoint_id}/pause", "write",
                        f -> new Call("POST", "/api/v1/webhooks/config/" + p + "/" + f.endpoint() + "/pause", ""), 403),
                new Route("POST", "/api/v1/webhooks/config/{project_owner_id}/{endpoint_id}/resume", "write",
                        f -> new Call("POST", "/api/v1/webhooks/config/" + p + "/" + f.endpoint() + "/resume", ""), 403),
                new Route("DELETE", "/api/v1/webhooks/config/{project_owner_id}/{endpoint_id}", "write",
                        f -> new Call("DELETE", "/api/v1/webhooks/config/" + p + "/" + f.endpoint(), null), 403),
                new Route("DELETE", "/api/v1/webhooks/config/{project_owner_id}", "write",
                        f -> new Call("DELETE", "/api/v1/webhooks/config/" + p, null), 403),
                new Route("GET", "/api/v1/webhooks/logs/{project_owner_id}", "read",
                        f -> new Call("GET", "/api/v1/webhooks/logs/" + p, null), 403),
                new Route("GET", "/api/v1/webhooks/deliveries/{delivery_id}", "read",
                        f -> new Call("GET", "/api/v1/webhooks/deliveries/" + deliveryId, null), 404),
                new Route("GET", "/api/v1/webhooks/dlq/{project_owner_id}", "read",
                        f -> new Call("GET", "/api/v1/webhooks/dlq/" + p, null), 403),
                new Route("GET", "/api/v1/webhooks/stats/{project_owner_id}", "read",
                        f -> new Call("GET", "/api/v1/webhooks/stats/" + p, null), 403),
                new Route("POST", "/api/v1/webhooks/dlq/replay", "write", f -> new Call("POST", "/api/v1/webhooks/dlq/replay",
                        "{\"project_owner_id\":\"" + p + "\"}"), 403),
                new Route("GET", "/api/v1/quarantine", "admin", f -> new Call("GET", "/api/v1/quarantine", null), 403),
                new Route("POST", "/api/v1/keys", "keys", f -> new Call("POST", "/api/v1/keys",
                        "{\"project_owner_id\":\"" + p + "\",\"scopes\":[\"keys\"]}"), 403),
                new Route("GET", "/api/v1/keys", "keys", f -> new Call("GET", "/api/v1/keys?project_owner_id=" + p, null), 403),
                new Route("GET", "/api/v1/keys/{key_id}", "keys", f -> new Call("GET", "/api/v1/keys/" + f.key(), null), 404),
                new Route("DELETE", "/api/v1/keys/{key_id}", "keys", f -> new Call("DELETE", "/api/v1/keys/" + f.key(), null), 404),
                new Route("POST", "/api/v1/projects/{project_owner_id}/senders", "write",
                        f -> new Call("POST", "/api/v1/projects/" + p + "/senders", senderBody()), 403),
                new Route("GET", "/api/v1/projects/{project_owner_id}/senders", "write",
                        f -> new Call("GET", "/api/v1/projects/" + p + "/senders", null), 403),
                new Route("PUT", "/api/v1/projects/{project_owner_id}/senders/{sender_id}", "write",
                        f -> new Call("PUT", "/api/v1/projects/" + p + "/senders/" + f.sender(), "{\"rate_per_second\":10}"), 403),
                new Route("DELETE", "/api/v1/projects/{project_owner_id}/senders/{sender_id}", "write",
                        f -> new Call("DELETE", "/api/v1/projects/" + p + "/senders/" + f.sender(), null), 403),
                new Route("POST", "/api/v1/messages/send", "send", f -> new Call("POST", "/api/v1/messages/send", """
                        {"project_owner_id":"%s","to":"+919800000001","type":"text","text":{"body":"hi"},"force":true}""".formatted(p)), 403),
                new Route("POST", "/api/v1/messages/send/batch", "send", f -> new Call("POST", "/api/v1/messages/send/batch", """
                        {"project_owner_id":"%s","messages":[{"to":"+919800000001","type":"text","text":{"body":"hi"},"force":true}]}"""
                        .formatted(p)), 403),
                new Route("POST", "/api/v1/campaigns", "send", f -> new Call("POST", "/api/v1/campaigns", campaignBody(p)), 403),
                new Route("GET", "/api/v1/campaigns", "read", f -> new Call("GET", "/api/v1/campaigns?project_owner_id=" + p, null), 403),
                new Route("GET", "/api/v1/campaigns/{id}", "read", f -> new Call("GET", "/api/v1/campaigns/" + f.campaign(), null), 404),
                new Route("POST", "/api/v1/campaigns/{id}/recipients", "send", f -> new Call("POST",
                        "/api/v1/campaigns/" + f.campaign() + "/recipients", """
                        {"recipients":[{"to":"+919800000001","parameters":["Asha"]}]}"""), 404),
                new Route("GET", "/api/v1/campaigns/{id}/recipients", "read",
                        f -> new Call("GET", "/api/v1/campaigns/" + f.campaign() + "/recipients", null), 404),
                new Route("POST", "/api/v1/campaigns/{id}/start", "send",
                        f -> new Call("POST", "/api/v1/campaigns/" + f.campaign() + "/start", ""), 404),
                new Route("POST", "/api/v1/campaigns/{id}/pause", "send",
                        f -> new Call("POST", "/api/v1/campaigns/" + f.campaign("start") + "/pause", ""), 404),
                new Route("POST", "/api/v1/campaigns/{id}/resume", "send",
                        f -> new Call("POST", "/api/v1/campaigns/" + f.campaign("start", "pause") + "/resume", ""), 404),
                new Route("POST", "/api/v1/campaigns/{id}/cancel", "send",
                        f -> new Call("POST", "/api/v1/campaigns/" + f.campaign() + "/cancel", ""), 404),
                new Route("PUT", "/api/v1/projects/{project_owner_id}/opt-outs/{phone}", "write",
                        f -> new Call("PUT", "/api/v1/projects/" + p + "/opt-outs/+919800000042", ""), 403),
                new Route("DELETE", "/api/v1/projects/{project_owner_id}/opt-outs/{phone}", "write",
                        f -> new Call("DELETE", "/api/v1/projects/" + p + "/opt-outs/" + f.optOut(), null), 403),
                new Route("GET", "/api/v1/projects/{project_owner_id}/opt-outs", "write",
                        f -> new Call("GET", "/api/v1/projects/" + p + "/opt-outs", null), 403),
                new Route("GET", "/api/v1/audit", "read", f -> new Call("GET", "/api/v1/audit?project_owner_id=" + p, null), 403));
    }

    /** A campaign that starts in 2099: started, it waits as scheduled (nothing goes out). */
    static String campaignBody(String project) {
        return """
                {"project_owner_id":"%s","name":"rules","template":{"name":"offer","language":"en"},
                 "start_at":"2099-01-01T00:00:00Z"}""".formatted(project);
    }

    /** A Meta sender on a new number, sending to a closed loopback port (nothing goes out). */
    static String senderBody() {
        return """
                {"business_number":"+1555%07d","bsp":"meta","base_url":"http://127.0.0.1:1",
                 "credentials":{"access_token":"EAAGrules","phone_number_id":"1065"}}""".formatted((long) (Math.random() * 9_999_999L));
    }

    /** The routes that need no key: probes. */
    static final Set<String> PUBLIC = Set.of("GET /", "GET /health");

    @BeforeAll
    static void projectWithOneOfEverything() throws Exception {
        sink = new CustomerSink();
        admin = new GatewayClient(APP.getLocalPort());
        keys = new ApiKeys(admin);
        otherProjectKey = keys.create("globex-" + UUID.randomUUID(), SCOPES);
        business = "91" + (7_000_000_000L + (long) (Math.random() * 999_999_999L));
        assertThat(admin.put("/api/v1/projects/" + PROJECT + "/numbers/" + business, "").status()).isEqualTo(200);
        new Fixture().endpoint();
        new Fixture().sender();
        String mid = "rules-" + UUID.randomUUID();
        wamid = mid;
        assertThat(admin.post("/webhook/datagen", Payloads.datagenStatus(mid, "delivered", 1767261605000L)
                .replace(Payloads.BUSINESS, business)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                admin.get("/api/v1/webhooks/logs/" + PROJECT).json().get("items").size() > 0);
        deliveryId = admin.get("/api/v1/webhooks/logs/" + PROJECT).json().get("items").get(0).get("delivery_id").asText();
    }

    @AfterAll
    static void stopSink() {
        sink.close();
    }

    /** Every resource method of the running gateway, as "METHOD /path", with the Java method that serves it. */
    private static List<Served> served() {
        ServletContainer container = (ServletContainer) APP.getEnvironment().getJerseyServletContainer();
        List<Served> served = new ArrayList<>();
        for (Resource resource : container.getApplicationHandler().getInjectionManager()
                .getInstance(ExtendedResourceContext.class).getResourceModel().getRootResources()) {
            collect(resource, "", served);
        }
        return served;
    }

    record Served(String route, Method method, Class<?> type) {}

    private static void collect(Resource resource, String parent, List<Served> into) {
        String path = (parent + "/" + resource.getPath()).replaceAll("/+", "/");
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (ResourceMethod method : resource.getResourceMethods()) {
            Method java = method.getInvocable().getDefinitionMethod();
            into.add(new Served(method.getHttpMethod() + " " + normalized, java, method.getInvocable().getHandler().getHandlerClass()));
        }
        resource.getChildResources().forEach(child -> collect(child, normalized, into));
    }

    private static boolean ours(Served served) {
        return served.type().getPackageName().startsWith("zen.gateway");
    }

    @Test
    void jerseysModelIsReadAndHoldsTheGatewaysRoutes() {
        assertThat(served()).filteredOn(AccessRulesTest::ours).hasSizeGreaterThanOrEqualTo(routes().size() + PUBLIC.size());
        // what is not ours is what Jersey adds itself: answers to OPTIONS
        assertThat(served()).filteredOn(s -> !ours(s)).allSatisfy(s -> assertThat(s.route()).startsWith("OPTIONS "));
        assertThat(ServerProperties.WADL_FEATURE_DISABLE).isNotBlank();
    }

    @Test
    void everyRouteHasAnAccessRuleAndEveryChangeIsAudited() {
        List<String> missing = new ArrayList<>();
        for (Served served : served().stream().filter(AccessRulesTest::ours).toList()) {
            boolean rule = Stream.of(RolesAllowed.class, PermitAll.class, Public.class).anyMatch(a ->
                    served.method().isAnnotationPresent(a) || served.type().isAnnotationPresent(a));
            if (!rule) {
                missing.add(served.route() + ": no @RolesAllowed, @PermitAll or @Public");
            }
            if (!served.route().startsWith("GET ") && !served.method().isAnnotationPresent(Audited.class)) {
                missing.add(served.route() + ": changes something without @Audited");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theTableBelowNamesEveryRouteTheGatewayServes() {
        Set<String> servedRoutes = served().stream().filter(AccessRulesTest::ours).map(Served::route)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tabled = Stream.concat(routes().stream().map(Route::toString), PUBLIC.stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(servedRoutes).isEqualTo(tabled);
    }

    @Test
    void publicRoutesAnswerWithoutAKey() {
        GatewayClient anonymous = GatewayClient.anonymous(APP.getLocalPort());
        assertThat(anonymous.get("/").status()).isEqualTo(200);
        assertThat(anonymous.get("/health").json().get("status").asText()).isEqualTo("healthy");
    }

    private static GatewayClient.Answer call(GatewayClient client, Call call) {
        return switch (call.method()) {
            case "GET" -> client.get(call.path());
            case "DELETE" -> client.delete(call.path());
            case "PUT" -> client.put(call.path(), call.body());
            case "POST" -> call.body() == null || call.body().isEmpty() ? client.post(call.path()) : client.post(call.path(), call.body());
            default -> throw new IllegalArgumentException(call.method());
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withoutAKeyTheAnswerIs401AndSaysNothingOfTheResource(Route route) {
        GatewayClient.Answer answer = call(GatewayClient.anonymous(APP.getLocalPort()), route.call().apply(new Fixture()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(401);
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).contains("Authorization: Bearer");
        assertThat(answer.json().size()).isEqualTo(2);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withAnotherProjectsKeyTheAnswerIs403Or404(Route route) {
        GatewayClient.Answer answer = call(new GatewayClient(APP.getLocalPort(), otherProjectKey), route.call().apply(new Fixture()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(route.otherProject());
        assertThat(answer.text()).doesNotContain(PROJECT + "\"").doesNotContain(business);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withAKeyOfTheProjectLackingTheScopeTheAnswerIs403(Route route) {
        List<String> others = SCOPES.stream().filter(s -> !s.equals(route.role())).toList();
        GatewayClient lacking = new GatewayClient(APP.getLocalPort(), keys.create(PROJECT, others));

        GatewayClient.Answer answer = call(lacking, route.call().apply(new Fixture()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).contains(route.role());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withAKeyThatHasTheScopeTheAnswerIs2xx(Route route) {
        GatewayClient allowed = route.role().equals("admin") ? admin
                : new GatewayClient(APP.getLocalPort(), keys.create(PROJECT, List.of(route.role())));

        GatewayClient.Answer answer = call(allowed, route.call().apply(new Fixture()));

        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
    }
}
