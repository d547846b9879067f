package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** Keys, scoping, limits, secrets shown once and the audit trail, through the API as a customer uses it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private GatewayClient admin;
    private ApiKeys keys;
    private String project;

    @BeforeEach
    void newProject() {
        admin = new GatewayClient(APP.getLocalPort());
        keys = new ApiKeys(admin);
        project = "acme-" + UUID.randomUUID();
    }

    private GatewayClient as(String key) {
        return new GatewayClient(APP.getLocalPort(), key);
    }

    @Test
    void aNewKeyIsShownOnceThenListedWithoutItAndRevokedAtOnce() {
        GatewayClient.Answer created = admin.post("/api/v1/keys", """
                {"project_owner_id":"%s","name":"ci","scopes":["read","keys"],"expires_at":"2099-01-01T00:00:00Z"}"""
                .formatted(project));
        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asText();
        String id = created.json().get("id").asText();
        assertThat(key).startsWith("zen_").hasSizeGreaterThanOrEqualTo(47);
        assertThat(created.json().get("scopes")).extracting(JsonNode::asText).containsExactly("read", "keys");
        assertThat(created.json().get("expires_at").asText()).isEqualTo("2099-01-01T00:00:00Z");

        GatewayClient own = as(key);
        JsonNode listed = own.get("/api/v1/keys").json();
        assertThat(listed.get("project_owner_id").asText()).isEqualTo(project);
        assertThat(listed.get("keys")).hasSize(1);
        JsonNode view = listed.get("keys").get(0);
        assertThat(view.get("id").asText()).isEqualTo(id);
        assertThat(view.has("key")).isFalse();
        assertThat(view.get("last_used_at").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(key);

        GatewayClient.Answer revoked = admin.delete("/api/v1/keys/" + id);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revoked_at").isNull()).isFalse();
        assertThat(own.get("/api/v1/keys").status()).isEqualTo(401);
        assertThat(admin.delete("/api/v1/keys/" + id).status()).isEqualTo(404);
    }

    @Test
    void aKeyInTheUrlIsRefusedEvenWithTheRightHeader() {
        GatewayClient anonymous = GatewayClient.anonymous(APP.getLocalPort());

        GatewayClient.Answer inQuery = anonymous.get("/api/v1/messages?access_token=" + GatewayClient.ADMIN_KEY);
        GatewayClient.Answer both = admin.get("/api/v1/messages?api_key=" + GatewayClient.ADMIN_KEY);
        GatewayClient.Answer shaped = admin.get("/api/v1/messages?campaign_id=" + keys.create(project, List.of("read")));

        assertThat(List.of(inQuery, both, shaped)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("error").asText()).contains("never from the URL");
        });
    }

    @Test
    void anUnknownOrMalformedKeyIs401() {
        assertThat(as("zen_" + "A".repeat(43)).get("/api/v1/messages").status()).isEqualTo(401);
        assertThat(as(GatewayClient.ADMIN_KEY + "x").get("/api/v1/messages").status()).isEqualTo(401);
        GatewayClient.Answer basic = GatewayClient.anonymous(APP.getLocalPort()).post("/api/v1/keys", "{}", "application/json",
                "Authorization", "Basic dXNlcjpwYXNz");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("error").asText()).contains("Bearer");
    }

    @Test
    void aProjectKeyCannotWidenItsScopesNorMintKeysForAnotherProject() {
        GatewayClient own = as(keys.create(project, List.of("read", "keys")));

        GatewayClient.Answer wider = own.post("/api/v1/keys", "{\"scopes\":[\"read\",\"write\"]}");
        GatewayClient.Answer elsewhere = own.post("/api/v1/keys", "{\"project_owner_id\":\"globex\",\"scopes\":[\"read\"]}");
        GatewayClient.Answer faster = own.post("/api/v1/keys", "{\"scopes\":[\"read\"],\"rate_limit\":{\"per_second\":1000000,\"burst\":1000000}}");
        GatewayClient.Answer narrower = own.post("/api/v1/keys", "{\"name\":\"reader\",\"scopes\":[\"read\"]}");

        assertThat(wider.status()).isEqualTo(403);
        assertThat(wider.json().get("error").asText()).contains("write");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(faster.status()).isEqualTo(403);
        assertThat(narrower.status()).isEqualTo(201);
        assertThat(narrower.json().get("project_owner_id").asText()).isEqualTo(project);
        assertThat(own.post("/api/v1/keys", "{\"scopes\":[\"admin\"]}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/keys", "{\"scopes\":[\"read\"]}").status()).isEqualTo(400);
    }

    @Test
    void listingsWithoutAProjectAreTheKeysOwnProjects() {
        String other = "globex-" + UUID.randomUUID();
        track(admin, project, "wamid.own-" + UUID.randomUUID());
        track(admin, other, "wamid.other-" + UUID.randomUUID());

        JsonNode own = as(keys.create(project, List.of("read"))).get("/api/v1/messages?limit=500").json();

        assertThat(own.get("items")).isNotEmpty().allSatisfy(m -> assertThat(m.get("project_owner_id").asText()).isEqualTo(project));
        List<String> projects = new ArrayList<>();
        admin.get("/api/v1/messages?limit=500").json().get("items").forEach(m -> projects.add(m.get("project_owner_id").asText()));
        assertThat(projects).contains(project, other);
    }

    @Test
    void aProjectKeyCannotTakeAnotherProjectsNumberOrMessage() {
        String number = "91" + (6_000_000_000L + (long) (Math.random() * 999_999_999L));
        assertThat(admin.put("/api/v1/projects/globex-x/numbers/" + number, "").status()).isEqualTo(200);
        String foreign = "wamid.foreign-" + UUID.randomUUID();
        track(admin, "globex-x", foreign);
        GatewayClient writer = as(keys.create(project, List.of("write", "read")));

        GatewayClient.Answer takeNumber = writer.put("/api/v1/projects/" + project + "/numbers/" + number, "");
        GatewayClient.Answer joinMessage = writer.post("/api/v1/messages/track", trackBody(project, foreign));

        assertThat(takeNumber.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/projects/globex-x/numbers").json().get("numbers").toString()).contains(number);
        assertThat(joinMessage.status()).isEqualTo(409);
        assertThat(joinMessage.text()).doesNotContain("globex-x").doesNotContain("919800000001");
    }

    @Test
    void aKeyOverItsLimitIsAnswered429WithRetryAfter() {
        GatewayClient.Answer created = admin.post("/api/v1/keys", """
                {"project_owner_id":"%s","scopes":["read"],"rate_limit":{"per_second":0.01,"burst":2}}""".formatted(project));
        assertThat(created.json().get("rate_limit").get("burst").asInt()).isEqualTo(2);
        GatewayClient limited = as(created.json().get("key").asText());

        assertThat(limited.get("/api/v1/messages").status()).isEqualTo(200);
        assertThat(limited.get("/api/v1/messages").status()).isEqualTo(200);
        GatewayClient.Answer refused = limited.get("/api/v1/messages");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 200L));
        assertThat(admin.get("/api/v1/messages").status()).as("another key is not limited by this one").isEqualTo(200);
    }

    @Test
    void secretsAreShownInFullOnlyWhenMadeAndRotationShowsTheNewOnesOnce() {
        GatewayClient writer = as(keys.create(project, List.of("write", "read")));
        JsonNode made = writer.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"http://127.0.0.1:9/x","topics":["*"]}""".formatted(project)).json();
        String id = made.get("id").asText();
        String shared = made.get("shared_secret").asText();
        String signing = made.get("signing_secret").asText();
        assertThat(signing).startsWith("whsec_");

        JsonNode changed = writer.put("/api/v1/webhooks/config/" + project + "/" + id, """
                {"webhook_url":"http://127.0.0.1:9/y","topics":["*"],"shared_secret":"a-new-shared-secret-of-mine"}""").json();
        JsonNode listed = writer.get("/api/v1/webhooks/config/" + project).json();
        JsonNode rotated = writer.post("/api/v1/webhooks/config/" + project + "/" + id + "/rotate-secrets").json();

        assertThat(changed.get("shared_secret").asText()).startsWith("****").doesNotContain("a-new-shared");
        assertThat(changed.get("signing_secret").asText()).startsWith("****").isNotEqualTo(signing);
        assertThat(listed.toString()).doesNotContain(shared).doesNotContain(signing).doesNotContain("a-new-shared-secret-of-mine");
        assertThat(rotated.get("signing_secret").asText()).startsWith("whsec_").isNotEqualTo(signing);
        assertThat(rotated.get("shared_secret").asText()).isNotEqualTo("a-new-shared-secret-of-mine").doesNotStartWith("****");
        assertThat(writer.get("/api/v1/webhooks/config/" + project).text()).doesNotContain(rotated.get("signing_secret").asText());
    }

    @Test
    void changesAreInTheAuditTrailWithTheKeysIdAndAProjectSeesOnlyItsOwn() {
        String writerKey = keys.create(project, List.of("write", "read"));
        GatewayClient writer = as(writerKey);
        String endpoint = writer.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"http://127.0.0.1:9/x","topics":["*"]}""".formatted(project))
                .json().get("id").asText();
        writer.post("/api/v1/webhooks/config/" + project + "/" + endpoint + "/pause");
        writer.put("/api/v1/projects/globex-audit/numbers/919811111111", "");
        admin.put("/api/v1/projects/globex-audit/numbers/919811111112", "");

        JsonNode trail = writer.get("/api/v1/audit").json();

        assertThat(trail.toString()).doesNotContain(writerKey).doesNotContain("globex-audit").doesNotContain("919811111112");
        JsonNode newest = trail.get("items").get(0);
        assertThat(newest.get("action").asText()).isEqualTo("number.assign");
        assertThat(newest.get("outcome").asText()).isEqualTo("refused");
        assertThat(newest.get("status").asInt()).isEqualTo(403);
        JsonNode pause = trail.get("items").get(1);
        assertThat(pause.get("action").asText()).isEqualTo("endpoint.pause");
        assertThat(pause.get("target").asText()).isEqualTo(endpoint);
        assertThat(pause.get("project_owner_id").asText()).isEqualTo(project);
        assertThat(pause.get("outcome").asText()).isEqualTo("succeeded");
        assertThat(pause.get("key_id").asText()).startsWith("key_");
        assertThat(pause.get("time").asText()).endsWith("Z");
        assertThat(trail.get("items").get(2).get("action").asText()).isEqualTo("endpoint.configure");
        assertThat(trail.get("items").get(2).get("target").asText()).isEqualTo(endpoint);
        assertThat(writer.get("/api/v1/audit?project_owner_id=globex-audit").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/audit?project_owner_id=globex-audit").json().get("items").get(0).get("key_id").asText())
                .startsWith("admin-");
    }

    private static String trackBody(String project, String wamid) {
        return """
                {"wamid":"%s","bsp":"meta","phone_number":"919800000001","business_number":"919800099999",
                 "project_owner_id":"%s"}""".formatted(wamid, project);
    }

    private static void track(GatewayClient client, String project, String wamid) {
        assertThat(client.post("/api/v1/messages/track", trackBody(project, wamid)).status()).isEqualTo(201);
    }
}
