package zen.gateway.adapter.outbound.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.details;
import static zen.gateway.application.contract.Fixtures.update;
import static zen.gateway.domain.message.MessageStatus.DELIVERED;
import static zen.gateway.domain.message.MessageStatus.READ;
import static zen.gateway.domain.message.MessageStatus.SENT;

import com.mongodb.MongoBulkWriteException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.TrackedMessage;

/**
 * A batch routed on a lookup that another node's writes have already made wrong — the window between a batch's
 * lookup and its bulk write, held open on purpose by routing on what the store held before. The outcome must
 * still be what the reference store gives for the same updates, every update applied exactly once, and a key a
 * unique index refuses for one message must not hold up the others in the bulk.
 */
class MongoMessageBatchConflictTest {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    private MongoMessageStore store;
    private final MessageStore reference = new InMemoryMessageStore();

    @BeforeEach
    void createStores() {
        store = (MongoMessageStore) MONGO.freshStorage().stores().messages();
    }

    /** What another node wrote after this one looked: in both stores, but not in the batch's routing. */
    private void writtenMeanwhile(MessageUpdate update) {
        store.apply(List.of(update));
        reference.apply(List.of(update));
    }

    private void applyRoutedOnAnOutdatedLookup(List<MessageUpdate> batch) {
        store.apply(batch, List.of());
        reference.apply(batch);
    }

    private void assertSameAsReference(String... ids) {
        for (String id : ids) {
            assertThat(store.find(id)).as(id).isEqualTo(reference.find(id));
        }
    }

    @Test
    void aKeyTakenMeanwhileSendsOnlyThatMessageRoundAgain() {
        writtenMeanwhile(update("m-x", details("wamid.x", null), SENT, at(1)));
        List<MessageUpdate> batch = List.of(
                update("m-b", details(null, "bsp-b"), SENT, at(2)),
                // routed to m-b, which would take wamid.x: the unique wamid index refuses the whole upsert
                update("m-b2", details("wamid.x", "bsp-b"), DELIVERED, at(3)),
                update("m-y", details("wamid.y", "bsp-y"), SENT, at(2)),
                update("m-z", details("wamid.z", null), DELIVERED, at(2)),
                update("m-y2", details("wamid.y", null), READ, at(4)));

        applyRoutedOnAnOutdatedLookup(batch);

        assertSameAsReference("wamid.x", "bsp-b", "wamid.y", "bsp-y", "wamid.z");
        assertThat(store.find("wamid.x").orElseThrow().history()).hasSize(2);
        assertThat(store.find("bsp-b").orElseThrow().details().wamid()).isNull();
        assertThat(store.find("wamid.y").orElseThrow().history()).hasSize(2);
        assertThat(store.find("wamid.z").orElseThrow().history()).hasSize(1);
    }

    @Test
    void aMessageCreatedMeanwhileIsCompletedInsteadOfCreatedAgain() {
        writtenMeanwhile(update("m-early", new MessageDetails("wamid.r", "datagen", null, null, null, null, null), SENT, at(1)));
        List<MessageUpdate> batch = List.of(
                update("m-late", details("wamid.r", "bsp-r", "project-r", "campaign-r"), READ, at(5)),
                update("m-other", details("wamid.o", null), SENT, at(5)));

        applyRoutedOnAnOutdatedLookup(batch);

        assertSameAsReference("wamid.r", "bsp-r", "wamid.o");
        assertThat(store.find("bsp-r").orElseThrow().messageId()).isEqualTo("m-early");
        assertThat(store.list(new MessageQuery(null, null, READ, null, 10)).items())
                .extracting(TrackedMessage::messageId).containsExactly("m-early");
    }

    @Test
    void aConflictThatOutlastsEveryRoundFailsTheBatchAfterTheOthersAreApplied() {
        store.apply(List.of(update("m-taken", details("wamid.first", null), SENT, at(1))));
        List<MessageUpdate> batch = new ArrayList<>(List.of(
                // a different message that was given the same message id: no retry can make that fit
                update("m-taken", details("wamid.second", null), SENT, at(2)),
                update("m-fine", details("wamid.fine", null), DELIVERED, at(2))));

        assertThatThrownBy(() -> store.apply(batch)).isInstanceOf(MongoBulkWriteException.class);

        assertThat(store.find("wamid.second")).isEmpty();
        assertThat(store.find("wamid.fine").orElseThrow().history()).hasSize(1);
        assertThat(store.find("wamid.first").orElseThrow().history()).hasSize(1);
    }
}
