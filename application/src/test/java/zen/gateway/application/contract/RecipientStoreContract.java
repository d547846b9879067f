package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/** What every {@link RecipientStore} must do. */
public abstract class RecipientStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract RecipientStore newStore();

    private RecipientStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static Recipient pending(String campaign, String phone, long line) {
        return Recipient.pending(campaign, phone, List.of("Asha", "10%"), line, at(0));
    }

    @Test
    void aNumberIsAddedOncePerCampaignWithItsParametersInOrder() {
        int first = store.add(List.of(pending("c-1", "+15550000001", 1), pending("c-1", "+15550000002", 2),
                pending("c-1", "+15550000001", 3)));
        int second = store.add(List.of(pending("c-1", "+15550000002", 1), pending("c-2", "+15550000002", 1),
                Recipient.optedOut("c-1", "+15550000003", List.of(), 2, at(0))));

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(2);
        assertThat(store.list("c-1", null, null, 10)).extracting(Recipient::phone)
                .containsExactly("+15550000001", "+15550000002", "+15550000003");
        Recipient one = store.list("c-1", null, null, 1).get(0);
        assertThat(one.parameters()).containsExactly("Asha", "10%");
        assertThat(one.line()).isEqualTo(1);
        assertThat(one.status()).isEqualTo(RecipientStatus.PENDING);
        assertThat(store.counts("c-1")).isEqualTo(Map.of(RecipientStatus.PENDING, 2L, RecipientStatus.OPTED_OUT, 1L));
    }

    @Test
    void aPendingRecipientIsHandedOutOnce() {
        store.add(List.of(pending("c-1", "+15550000002", 2), pending("c-1", "+15550000001", 1)));

        assertThat(store.pending("c-1", 10)).extracting(Recipient::phone).containsExactly("+15550000001", "+15550000002");
        assertThat(store.handOut("c-1", "+15550000001", "m-1")).isTrue();
        assertThat(store.handOut("c-1", "+15550000001", "m-2")).isFalse();
        assertThat(store.skip("c-1", "+15550000001", RecipientStatus.OPTED_OUT, null)).isFalse();
        assertThat(store.skip("c-1", "+15550000002", RecipientStatus.FAILED, "from is not a sender")).isTrue();

        assertThat(store.pending("c-1", 10)).isEmpty();
        List<Recipient> all = store.list("c-1", null, null, 10);
        assertThat(all.get(0).status()).isEqualTo(RecipientStatus.QUEUED);
        assertThat(all.get(0).messageId()).isEqualTo("m-1");
        assertThat(all.get(1).status()).isEqualTo(RecipientStatus.FAILED);
        assertThat(all.get(1).error()).isEqualTo("from is not a sender");
    }

    @Test
    void aMessagesStatusOnlyRises() {
        store.add(List.of(pending("c-1", "+15550000001", 1), pending("c-1", "+15550000002", 2)));
        store.handOut("c-1", "+15550000001", "m-1");

        assertThat(store.advance("m-1", RecipientStatus.ACCEPTED, "wamid.1")).isTrue();
        assertThat(store.advanceByWamid("wamid.1", RecipientStatus.READ)).isEqualTo(1);
        assertThat(store.advanceByWamid("wamid.1", RecipientStatus.DELIVERED)).isZero();
        assertThat(store.advance("m-1", RecipientStatus.SENT, null)).isFalse();
        assertThat(store.advance("m-9", RecipientStatus.SENT, null)).isFalse();

        Recipient read = store.list("c-1", RecipientStatus.READ, null, 10).get(0);
        assertThat(read.wamid()).isEqualTo("wamid.1");
        assertThat(read.messageId()).isEqualTo("m-1");
        // a recipient never handed out has no message to follow
        assertThat(store.list("c-1", RecipientStatus.PENDING, null, 10)).hasSize(1);
    }

    @Test
    void cancellingTakesOnlyThePendingOnes() {
        store.add(List.of(pending("c-1", "+15550000001", 1), pending("c-1", "+15550000002", 2),
                pending("c-1", "+15550000003", 3)));
        store.handOut("c-1", "+15550000001", "m-1");

        assertThat(store.cancelPending("c-1")).isEqualTo(2);
        assertThat(store.counts("c-1")).isEqualTo(Map.of(RecipientStatus.QUEUED, 1L, RecipientStatus.CANCELLED, 2L));
        // a send made while the campaign was being cancelled is counted by the recipient it was made for
        assertThat(store.handOut("c-1", "+15550000002", "m-2")).isTrue();
        assertThat(store.counts("c-1")).isEqualTo(Map.of(RecipientStatus.QUEUED, 2L, RecipientStatus.CANCELLED, 1L));
    }

    @Test
    void listsPageByNumberWithinAStatus() {
        List<Recipient> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(pending("c-1", "+1555000000" + i, i + 1));
        }
        store.add(many);
        store.handOut("c-1", "+15550000003", "m-3");

        List<Recipient> first = store.list("c-1", RecipientStatus.PENDING, null, 4);
        List<Recipient> rest = store.list("c-1", RecipientStatus.PENDING, first.get(3).phone(), 4);

        assertThat(first).extracting(Recipient::phone)
                .containsExactly("+15550000000", "+15550000001", "+15550000002", "+15550000004");
        assertThat(rest).extracting(Recipient::phone).containsExactly("+15550000005", "+15550000006");
    }
}
