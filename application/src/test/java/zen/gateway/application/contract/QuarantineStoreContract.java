package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

/** What every {@link QuarantineStore} must do. */
public abstract class QuarantineStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract QuarantineStore newStore();

    private QuarantineStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static QuarantinedInput input(String id, long second) {
        return new QuarantinedInput(id, "webhook/datagen", "not JSON: unexpected character at 1",
                at(second), ("{broken " + id).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keptInputIsListedNewestFirstWithItsBody() {
        store.keep(input("q-1", 10));
        store.keep(input("q-3", 30));
        store.keep(input("q-2", 20));

        assertThat(store.newest(2)).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(input("q-3", 30), input("q-2", 20));
        assertThat(store.newest(10)).extracting(QuarantinedInput::id).containsExactly("q-3", "q-2", "q-1");
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void binaryBodiesAreKeptByteForByte() {
        byte[] body = new byte[256];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        store.keep(new QuarantinedInput("q-bin", "amqp", "not UTF-8", at(0), body));

        assertThat(store.newest(1).get(0).body()).isEqualTo(body);
    }

    @Test
    void keepingTheSameInputTwiceKeepsItOnce() {
        store.keep(input("q-1", 10));
        store.keep(input("q-1", 10));

        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void anEmptyQuarantineHasNothing() {
        assertThat(store.newest(5)).isEmpty();
        assertThat(store.count()).isZero();
    }

    @Test
    void retentionRemovesWhatArrivedBeforeTheCutoff() {
        store.keep(input("q-1", 10));
        store.keep(input("q-2", 20));
        store.keep(input("q-3", 30));

        assertThat(store.removeOlderThan(at(25), 10)).isEqualTo(2);
        assertThat(store.removeOlderThan(at(25), 10)).isZero();
        assertThat(store.newest(10)).extracting(QuarantinedInput::id).containsExactly("q-3");
    }
}
