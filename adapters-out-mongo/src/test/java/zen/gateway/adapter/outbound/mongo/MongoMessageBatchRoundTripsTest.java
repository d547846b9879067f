package zen.gateway.adapter.outbound.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.details;
import static zen.gateway.application.contract.Fixtures.update;
import static zen.gateway.domain.message.MessageStatus.DELIVERED;
import static zen.gateway.domain.message.MessageStatus.READ;
import static zen.gateway.domain.message.MessageStatus.SENT;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;

/** What a consumer batch costs: one lookup and one bulk write, however many messages and updates it holds. */
class MongoMessageBatchRoundTripsTest {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private MessageStore store;

    @BeforeEach
    void createStore() {
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
        store = MongoStorage.using(MONGO.newClient(settings -> settings.addCommandListener(recorder)), MONGO.freshDatabaseName())
                .stores().messages();
        commands.clear();
    }

    private static List<MessageUpdate> batch(int messages, int from) {
        List<MessageUpdate> updates = new ArrayList<>();
        for (int i = from; i < from + messages; i++) {
            updates.add(update("m-" + i, details("wamid." + i, i % 2 == 0 ? "bsp-" + i : null), SENT, at(1)));
            updates.add(update("m-" + i, details("wamid." + i, "bsp-" + i), DELIVERED, at(2)));
        }
        return updates;
    }

    @Test
    void aBatchCreatingMessagesIsOneLookupAndOneBulkWrite() {
        store.apply(batch(150, 0));

        assertThat(commands).containsExactly("find", "update");
    }

    @Test
    void aBatchAdvancingKnownMessagesIsOneLookupAndOneBulkWrite() {
        store.apply(batch(150, 0));
        commands.clear();

        List<MessageUpdate> reads = new ArrayList<>(batch(50, 150));
        for (int i = 0; i < 150; i++) {
            reads.add(update("m-" + i, details(null, "bsp-" + i), READ, at(3)));
        }
        store.apply(reads);

        assertThat(commands).containsExactly("find", "update");
        assertThat(store.find("wamid.7").orElseThrow().details().bspMessageId()).isEqualTo("bsp-7");
        assertThat(store.find("bsp-7").orElseThrow().currentStatus()).isEqualTo(READ);
    }
}
