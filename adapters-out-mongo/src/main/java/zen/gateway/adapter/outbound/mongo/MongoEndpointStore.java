package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.ID;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.PROJECT_OWNER_ID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.domain.subscription.Endpoint;

/** {@link EndpointStore} on {@code webhooks}. Endpoint ids are unique across projects (they are the {@code _id}). Thread-safe. */
final class MongoEndpointStore implements EndpointStore {

    private final MongoCollection<Document> endpoints;

    MongoEndpointStore(MongoCollection<Document> endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public void save(Endpoint endpoint) {
        endpoints.replaceOne(eq(ID, endpoint.id()), EndpointMapper.toDocument(endpoint), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Endpoint> find(String projectOwnerId, String endpointId) {
        return Optional.ofNullable(endpoints.find(endpointOfProject(projectOwnerId, endpointId)).first()).map(EndpointMapper::toEndpoint);
    }

    @Override
    public List<Endpoint> ofProject(String projectOwnerId) {
        return endpoints.find(eq(PROJECT_OWNER_ID, projectOwnerId))
                .sort(Sorts.ascending(CREATED_AT, ID))
                .map(EndpointMapper::toEndpoint)
                .into(new ArrayList<>());
    }

    @Override
    public List<String> projects() {
        List<String> projects = endpoints.distinct(PROJECT_OWNER_ID, String.class).into(new ArrayList<>());
        projects.sort(null);
        return projects;
    }

    @Override
    public boolean delete(String projectOwnerId, String endpointId) {
        return endpoints.deleteOne(endpointOfProject(projectOwnerId, endpointId)).getDeletedCount() == 1;
    }

    @Override
    public int deleteAll(String projectOwnerId) {
        return Math.toIntExact(endpoints.deleteMany(eq(PROJECT_OWNER_ID, projectOwnerId)).getDeletedCount());
    }

    /** An endpoint is only ever visible to its own project. */
    private static Bson endpointOfProject(String projectOwnerId, String endpointId) {
        return and(eq(ID, endpointId), eq(PROJECT_OWNER_ID, projectOwnerId));
    }
}
