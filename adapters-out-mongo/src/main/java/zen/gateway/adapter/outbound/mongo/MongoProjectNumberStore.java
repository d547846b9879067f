package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;
import static zen.gateway.adapter.outbound.mongo.ProjectNumberFields.BUSINESS_NUMBER;
import static zen.gateway.adapter.outbound.mongo.ProjectNumberFields.PROJECT_OWNER_ID;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

/** {@link ProjectNumberStore} on {@code project_numbers}; the unique index on the number keeps one owner. Thread-safe. */
final class MongoProjectNumberStore implements ProjectNumberStore {

    private final MongoCollection<Document> numbers;

    MongoProjectNumberStore(MongoCollection<Document> numbers) {
        this.numbers = numbers;
    }

    @Override
    public void assign(String businessNumber, String projectOwnerId) {
        try {
            upsert(businessNumber, projectOwnerId);
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e.getError())) {
                throw e;
            }
            // another node inserted the number between our match and our insert: now it exists, so this updates it
            upsert(businessNumber, projectOwnerId);
        }
    }

    private void upsert(String businessNumber, String projectOwnerId) {
        numbers.updateOne(eq(BUSINESS_NUMBER, businessNumber), Updates.set(PROJECT_OWNER_ID, projectOwnerId),
                new UpdateOptions().upsert(true));
    }

    @Override
    public boolean remove(String projectOwnerId, String businessNumber) {
        return numbers.deleteOne(and(eq(BUSINESS_NUMBER, businessNumber), eq(PROJECT_OWNER_ID, projectOwnerId)))
                .getDeletedCount() == 1;
    }

    @Override
    public List<String> numbersOf(String projectOwnerId) {
        return numbers.find(eq(PROJECT_OWNER_ID, projectOwnerId))
                .projection(include(BUSINESS_NUMBER))
                .sort(Sorts.ascending(BUSINESS_NUMBER))
                .map(d -> d.getString(BUSINESS_NUMBER))
                .into(new ArrayList<>());
    }

    @Override
    public Optional<String> projectOf(String businessNumber) {
        return Optional.ofNullable(numbers.find(eq(BUSINESS_NUMBER, businessNumber)).projection(include(PROJECT_OWNER_ID)).first())
                .map(d -> d.getString(PROJECT_OWNER_ID));
    }
}
