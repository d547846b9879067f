package zen.gateway.adapter.outbound.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.applyInOrder;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.details;
import static zen.gateway.application.contract.Fixtures.update;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.AllAtOnce;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;

/**
 * Eight gateway nodes — each with its own client and connection pool — update one message at once, starting from
 * nothing: the message must come out as applying every update one after the other would make it, and its
 * stored {@code current_status} must agree.
 */
class MongoMessageStoreConcurrencyTest {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    private static final int NODES = 8;
    private static final int UPDATES_PER_NODE = 24;

    @Test
    void eightNodesUpdatingOneMessageEqualSequentialApplication() throws Exception {
        String database = MONGO.freshDatabaseName();
        List<MessageStore> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            nodes.add(MongoStorage.using(MONGO.newClient(settings -> {}), database).stores().messages());
        }
        List<MessageUpdate> updates = randomUpdatesOfOneMessage();

        runAtOnce(nodes, updates);

        TrackedMessage sequential = applyInOrder(updates);
        TrackedMessage stored = nodes.get(0).find("wamid.contended").orElseThrow();
        assertThat(stored.messageId()).isEqualTo(sequential.messageId());
        assertThat(stored.lifecycle()).isEqualTo(sequential.lifecycle());
        assertThat(stored.history()).isEqualTo(sequential.history());
        assertThat(stored.failureReason()).isEqualTo(sequential.failureReason());
        assertThat(stored.details()).isEqualTo(sequential.details());
        assertThat(stored.updatedAt()).isEqualTo(sequential.updatedAt());
        assertThat(updates).extracting(u -> u.observation().receivedAt()).contains(stored.createdAt());

        MongoCollection<Document> raw = MONGO.client().getDatabase(database).getCollection(MongoSchema.MESSAGES);
        assertThat(raw.countDocuments()).isEqualTo(1);
        Document document = raw.find().first();
        assertThat(document.getInteger("status_rank")).isEqualTo(sequential.currentStatus().rank());
        assertThat(document.getString("current_status")).isEqualTo(sequential.currentStatus().wireName());
    }

    /** Every update names the wamid; some also bring the BSP id, which the message learns whichever comes first. */
    private static List<MessageUpdate> randomUpdatesOfOneMessage() {
        Random random = new Random(11);
        MessageStatus[] statuses = MessageStatus.values();
        List<MessageUpdate> updates = new ArrayList<>();
        for (int i = 0; i < NODES * UPDATES_PER_NODE; i++) {
            MessageStatus status = statuses[random.nextInt(statuses.length)];
            String bspMessageId = random.nextBoolean() ? "bsp-contended" : null;
            // distinct times: which of two arrivals of one report is kept depends on which is applied first
            updates.add(update("m-contended", details("wamid.contended", bspMessageId), status,
                    at(i * 5 + random.nextInt(5)), at(2000 + random.nextInt(1000))));
        }
        return updates;
    }

    /** Each node applies its share, half of them one update at a time, the others in batches of four. */
    private static void runAtOnce(List<MessageStore> nodes, List<MessageUpdate> updates) throws Exception {
        AllAtOnce.run(NODES, n -> {
            MessageStore node = nodes.get(n);
            List<MessageUpdate> share = updates.subList(n * UPDATES_PER_NODE, (n + 1) * UPDATES_PER_NODE);
            int batchSize = n % 2 == 0 ? 1 : 4;
            for (int i = 0; i < share.size(); i += batchSize) {
                node.apply(share.subList(i, i + batchSize));
            }
        });
    }
}
