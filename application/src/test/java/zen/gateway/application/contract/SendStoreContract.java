package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.contract.Fixtures.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/** What every {@link SendStore} must do. */
public abstract class SendStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract SendStore newStore();

    private SendStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    public static SendRecord queued(String id, String project, String key, long dueSecond) {
        return SendRecord.queued(id, project, "s-1", SendProvider.META, "+15550001111", "+919800000001",
                new MessageContent.Text("hello " + id, false), null, null, key, at(dueSecond), at(0));
    }

    @Test
    void anInsertedSendIsFoundWithEveryField() throws Exception {
        var components = new ObjectMapper().readTree("[{\"type\":\"header\",\"parameters\":[{\"type\":\"text\",\"text\":\"x\"}]}]");
        SendRecord template = SendRecord.queued("m-1", "acme", "s-1", SendProvider.TWILIO, "+15550001111",
                "+919800000001", new MessageContent.Template("order_update", "en_US", List.of(), components), "camp-1",
                "ref-9", "key-1", at(3), at(1));
        SendRecord text = queued("m-2", "acme", null, 0);

        assertThat(store.insert(template)).isEmpty();
        assertThat(store.insert(text)).isEmpty();

        assertThat(store.find("m-1")).contains(template);
        assertThat(store.find("m-2")).contains(text);
        assertThat(store.find("m-3")).isEmpty();
    }

    @Test
    void aSecondSendWithTheSameKeyInTheSameProjectIsNotInsertedAndTheFirstIsReturned() {
        SendRecord first = queued("m-1", "acme", "key-1", 0);
        store.insert(first);

        assertThat(store.insert(queued("m-2", "acme", "key-1", 0))).contains(first);
        assertThat(store.insert(queued("m-3", "other", "key-1", 0))).isEmpty();
        assertThat(store.find("m-2")).isEmpty();
        assertThat(store.findByIdempotencyKey("acme", "key-1")).contains(first);
        assertThat(store.findByIdempotencyKey("acme", "key-2")).isEmpty();
    }

    @Test
    void aForgottenKeyCanBeUsedAgain() {
        store.insert(queued("m-1", "acme", "key-1", 0));

        store.forgetIdempotencyKey("m-1");

        assertThat(store.findByIdempotencyKey("acme", "key-1")).isEmpty();
        assertThat(store.insert(queued("m-2", "acme", "key-1", 0))).isEmpty();
        assertThat(store.find("m-1").orElseThrow().idempotencyKey()).isNull();
    }

    @Test
    void replaceMovesOnlyFromTheExpectedState() {
        SendRecord queued = queued("m-1", "acme", "key-1", 0);
        store.insert(queued);
        SendRecord sending = queued.moved(SendState.SENDING, null, null, null, null, 1, at(30), at(1));
        SendRecord accepted = sending.moved(SendState.ACCEPTED, "wamid.A", "bsp-1", "accepted", null, 1, at(2), at(2));

        assertThat(store.replace(sending, SendState.QUEUED)).isTrue();
        assertThat(store.replace(sending, SendState.QUEUED)).isFalse();
        assertThat(store.replace(accepted, SendState.SENDING)).isTrue();

        assertThat(store.find("m-1")).contains(accepted);
        assertThat(store.replace(queued.failed(new SendFailure("x", "y", false), at(3)), SendState.QUEUED)).isFalse();
        assertThat(store.replace(queued, SendState.QUEUED)).isFalse();
    }

    @Test
    void aSendIsFoundByItsWamidOrItsProviderId() {
        SendRecord queued = queued("m-1", "acme", null, 0);
        store.insert(queued);
        store.insert(queued("m-2", "acme", null, 0));
        SendRecord failed = queued.moved(SendState.FAILED, "wamid.A", "SM123", null,
                new SendFailure("131026", "undeliverable", false), 1, at(2), at(2));
        store.replace(failed, SendState.QUEUED);

        assertThat(store.findByAnyId("m-1")).contains(failed);
        assertThat(store.findByAnyId("wamid.A")).contains(failed);
        assertThat(store.findByAnyId("SM123")).contains(failed);
        assertThat(store.findByAnyId("m-2").map(SendRecord::messageId)).contains("m-2");
        assertThat(store.findByAnyId("nothing")).isEmpty();
    }

    @Test
    void dueListsOneStateEarliestFirstUpToTheLimit() {
        store.insert(queued("m-3", "acme", null, 30));
        store.insert(queued("m-1", "acme", null, 10));
        store.insert(queued("m-2", "acme", null, 20));
        store.insert(queued("m-4", "acme", null, 99));
        SendRecord sending = queued("m-5", "acme", null, 0).moved(SendState.SENDING, null, null, null, null, 1, at(5), at(0));
        store.insert(queued("m-5", "acme", null, 0));
        store.replace(sending, SendState.QUEUED);

        assertThat(store.due(SendState.QUEUED, at(30), 10)).extracting(SendRecord::messageId)
                .containsExactly("m-1", "m-2", "m-3");
        assertThat(store.due(SendState.QUEUED, at(30), 2)).extracting(SendRecord::messageId).containsExactly("m-1", "m-2");
        assertThat(store.due(SendState.SENDING, at(5), 10)).extracting(SendRecord::messageId).containsExactly("m-5");
        assertThat(store.due(SendState.SENDING, at(4), 10)).isEmpty();
    }

    @Test
    void dueSendsOfTheSendApiGoBeforeCampaignSendsDueEarlier() {
        store.insert(queued("m-1", "acme", null, 1).withPriority(SendRecord.CAMPAIGN));
        store.insert(queued("m-2", "acme", null, 2).withPriority(SendRecord.CAMPAIGN));
        store.insert(queued("m-3", "acme", null, 5));

        assertThat(store.due(SendState.QUEUED, at(10), 10)).extracting(SendRecord::messageId).containsExactly("m-3", "m-1", "m-2");
        assertThat(store.find("m-1").orElseThrow().priority()).isEqualTo(SendRecord.CAMPAIGN);
    }

    @Test
    void twoSendsCannotShareAMessageId() {
        store.insert(queued("m-1", "acme", null, 0));

        assertThatThrownBy(() -> store.insert(queued("m-1", "acme", null, 0))).isInstanceOf(RuntimeException.class);
    }
}
