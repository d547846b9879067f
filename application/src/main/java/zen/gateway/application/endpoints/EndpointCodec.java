package zen.gateway.application.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zen.gateway.application.lookup.LayeredLookup;
import zen.gateway.application.port.outbound.secrets.SecretBox;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/**
 * A project's endpoints as JSON for the shared cache, their secrets sealed: the cache every node shares keeps them
 * unreadable as the stores do. Unreadable bytes (or secrets sealed with another master key) are a miss, never an error.
 */
final class EndpointCodec implements LayeredLookup.Codec<List<Endpoint>> {

    private final ObjectMapper json = new ObjectMapper();
    private final SecretBox box;

    EndpointCodec(SecretBox box) {
        this.box = box;
    }

    @Override
    public byte[] encode(List<Endpoint> endpoints) {
        ArrayNode array = json.createArrayNode();
        for (Endpoint e : endpoints) {
            ObjectNode node = array.addObject();
            node.put("id", e.id());
            node.put("project", e.projectOwnerId());
            node.put("url", e.url().toString());
            node.put("shared", box.seal(e.sharedSecret()));
            node.put("signing", box.seal(e.signingSecret()));
            e.topics().forEach(t -> node.withArray("topics").add(t.value()));
            node.putArray("statuses");
            e.statusFilter().forEach(s -> node.withArray("statuses").add(s.name()));
            node.put("state", e.state().name());
            node.put("reason", e.stateReason());
            node.put("created", e.createdAt().toEpochMilli());
            node.put("updated", e.updatedAt().toEpochMilli());
        }
        try {
            return json.writeValueAsBytes(array);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<List<Endpoint>> decode(byte[] bytes) {
        try {
            List<Endpoint> endpoints = new ArrayList<>();
            for (JsonNode node : json.readTree(bytes)) {
                List<TopicPattern> topics = new ArrayList<>();
                node.get("topics").forEach(t -> topics.add(TopicPattern.of(t.asText())));
                Set<MessageStatus> statuses = EnumSet.noneOf(MessageStatus.class);
                node.get("statuses").forEach(s -> statuses.add(MessageStatus.valueOf(s.asText())));
                endpoints.add(new Endpoint(node.get("id").asText(), node.get("project").asText(), URI.create(node.get("url").asText()),
                        box.open(node.get("shared").asText()), box.open(node.get("signing").asText()), topics, statuses,
                        EndpointState.valueOf(node.get("state").asText()),
                        node.get("reason").isNull() ? null : node.get("reason").asText(),
                        Instant.ofEpochMilli(node.get("created").asLong()), Instant.ofEpochMilli(node.get("updated").asLong())));
            }
            return Optional.of(List.copyOf(endpoints));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
