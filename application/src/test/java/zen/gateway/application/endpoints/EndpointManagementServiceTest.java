package zen.gateway.application.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.port.inbound.endpoints.EndpointCommand;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;

class EndpointManagementServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryEndpointStore store = new InMemoryEndpointStore();
    private final EndpointDirectory directory = new EndpointDirectory(store, new AesGcmSecretBox(new byte[32]), new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
    private final EndpointManagementService service = new EndpointManagementService(store, directory,
            url -> url.getHost().startsWith("10.") ? Optional.of("private network") : Optional.empty(), clock);

    private static EndpointCommand command(String url, List<String> topics, List<String> statuses) {
        return new EndpointCommand("p1", url, null, null, topics, statuses, null);
    }

    @Test
    void configuresAnEndpointWithGeneratedSecrets() {
        Endpoint endpoint = service.configure(command("https://hooks.example.com/a", List.of("datagen.*", "message.status"), List.of("Delivered", "read")));

        assertThat(endpoint.sharedSecret()).isNotBlank();
        assertThat(endpoint.signingSecret()).startsWith("whsec_");
        assertThat(endpoint.statusFilter()).containsExactlyInAnyOrder(MessageStatus.DELIVERED, MessageStatus.READ);
        assertThat(endpoint.state()).isEqualTo(EndpointState.ACTIVE);
        assertThat(service.list("p1")).containsExactly(endpoint);
    }

    @Test
    void refusesWhatCannotBeDeliveredTo() {
        assertThatThrownBy(() -> service.configure(command("ftp://hooks.example.com", List.of("*"), null)))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> service.configure(command("not a url", List.of("*"), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.configure(command("http://10.0.0.5/hook", List.of("*"), null)))
                .hasMessageContaining("private network");
        assertThatThrownBy(() -> service.configure(command("https://hooks.example.com", List.of("Datagen.*"), null)))
                .hasMessageContaining("not a topic pattern");
        assertThatThrownBy(() -> service.configure(command("https://hooks.example.com", List.of("*"), List.of("opened"))))
                .hasMessageContaining("unknown status 'opened'");
        assertThatThrownBy(() -> new EndpointCommand("p1", "https://x.example.com", null, null, List.of(), null, null))
                .hasMessageContaining("topics");
        assertThat(store.ofProject("p1")).isEmpty();
    }

    @Test
    void anUpdateKeepsSecretsNotGivenAndIsSeenByTheNextLookup() {
        Endpoint created = service.configure(command("https://hooks.example.com/a", List.of("*"), null));
        assertThat(directory.ofProject("p1")).containsExactly(created);

        Endpoint updated = service.update(created.id(),
                new EndpointCommand("p1", "https://hooks.example.com/b", null, null, List.of("aisensy.**"), null, false)).orElseThrow();

        assertThat(updated.sharedSecret()).isEqualTo(created.sharedSecret());
        assertThat(updated.signingSecret()).isEqualTo(created.signingSecret());
        assertThat(updated.state()).isEqualTo(EndpointState.PAUSED);
        assertThat(directory.ofProject("p1")).containsExactly(updated);
        assertThat(service.update("missing", command("https://hooks.example.com/a", List.of("*"), null))).isEmpty();
    }

    @Test
    void pausingAProjectHoldsActiveEndpointsAndResumingLeavesGoneOnesDisabled() {
        Endpoint active = service.configure(command("https://hooks.example.com/a", List.of("*"), null));
        Endpoint gone = service.configure(command("https://hooks.example.com/b", List.of("*"), null));
        store.save(gone.withState(EndpointState.DISABLED, "410", clock.instant()));

        assertThat(service.setProjectPaused("p1", true)).isEqualTo(1);
        assertThat(service.setProjectPaused("p1", false)).isEqualTo(1);

        assertThat(store.find("p1", active.id()).orElseThrow().state()).isEqualTo(EndpointState.ACTIVE);
        assertThat(store.find("p1", gone.id()).orElseThrow().state()).isEqualTo(EndpointState.DISABLED);
        assertThat(service.resume("p1", gone.id()).orElseThrow().state()).isEqualTo(EndpointState.ACTIVE);
    }

    @Test
    void deletingRemovesFromTheStoreAndTheCache() {
        Endpoint a = service.configure(command("https://hooks.example.com/a", List.of("*"), null));
        service.configure(command("https://hooks.example.com/b", List.of("*"), null));
        directory.ofProject("p1");

        assertThat(service.delete("p1", a.id())).isTrue();
        assertThat(directory.ofProject("p1")).hasSize(1);
        assertThat(service.deleteAll("p1")).isEqualTo(1);
        assertThat(directory.ofProject("p1")).isEmpty();
    }

    @Test
    void rotatingSecretsReplacesBothAndKeepsEverythingElse() {
        Endpoint endpoint = service.configure(command("https://hooks.example.com/a", List.of("*"), null));

        Endpoint rotated = service.rotateSecrets("p1", endpoint.id()).orElseThrow();

        assertThat(rotated.sharedSecret()).isNotEqualTo(endpoint.sharedSecret());
        assertThat(rotated.signingSecret()).startsWith("whsec_").isNotEqualTo(endpoint.signingSecret());
        assertThat(rotated.url()).isEqualTo(endpoint.url());
        assertThat(store.find("p1", endpoint.id())).contains(rotated);
        assertThat(directory.find("p1", endpoint.id())).contains(rotated);
        assertThat(service.rotateSecrets("p2", endpoint.id())).isEmpty();
    }
}
