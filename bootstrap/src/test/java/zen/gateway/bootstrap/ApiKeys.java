package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

/** Making project keys through the API, with the tests' admin key. */
final class ApiKeys {

    private final GatewayClient admin;

    ApiKeys(GatewayClient admin) {
        this.admin = admin;
    }

    /** A new key of the project with these scopes (none: a key that can do nothing but exist). */
    String create(String project, List<String> scopes) {
        GatewayClient.Answer created = admin.post("/api/v1/keys", """
                {"project_owner_id":"%s","name":"test","scopes":[%s]}""".formatted(project,
                scopes.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("key").asText();
    }

    /** The id of a key, as the keys listing shows it. */
    String idOf(GatewayClient.Answer created) {
        return created.json().get("id").asText();
    }
}
