package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;

/** What every {@link CampaignStore} must do. */
public abstract class CampaignStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract CampaignStore newStore();

    private CampaignStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    public static Campaign campaign(String id, String project, long createdSecond) {
        return Campaign.draft(id, project, "promo " + id, null, "hello", "en", null, at(createdSecond));
    }

    @Test
    void aCampaignIsFoundWithEveryField() {
        Campaign full = Campaign.draft("c-1", "acme", "Diwali", "+15550001111", "offer", "en_US", at(60), at(0));

        store.insert(full);
        store.insert(campaign("c-2", "acme", 1));

        assertThat(store.find("c-1")).contains(full);
        assertThat(store.find("c-2").orElseThrow().from()).isNull();
        assertThat(store.find("c-2").orElseThrow().startAt()).isNull();
        assertThat(store.find("c-9")).isEmpty();
    }

    @Test
    void theStatusMovesOnlyFromTheExpectedOne() {
        Campaign draft = campaign("c-1", "acme", 0);
        store.insert(draft);

        assertThat(store.replace(draft.movedTo(CampaignStatus.RUNNING, at(5)), CampaignStatus.DRAFT)).isTrue();
        assertThat(store.replace(draft.movedTo(CampaignStatus.CANCELLED, at(6)), CampaignStatus.DRAFT)).isFalse();

        Campaign stored = store.find("c-1").orElseThrow();
        assertThat(stored.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(stored.updatedAt()).isEqualTo(at(5));
    }

    @Test
    void skippedLinesAddUp() {
        store.insert(campaign("c-1", "acme", 0));

        store.addSkipped("c-1", 3, 1);
        store.addSkipped("c-1", 2, 0);

        Campaign stored = store.find("c-1").orElseThrow();
        assertThat(stored.duplicates()).isEqualTo(5);
        assertThat(stored.invalid()).isEqualTo(1);
    }

    @Test
    void listsByProjectAndStatusNewestFirstAndByStatusOldestFirst() {
        store.insert(campaign("c-1", "acme", 0));
        store.insert(campaign("c-2", "acme", 1));
        store.insert(campaign("c-3", "other", 2));
        Campaign fourth = campaign("c-4", "acme", 3);
        store.insert(fourth);
        store.replace(fourth.movedTo(CampaignStatus.RUNNING, at(4)), CampaignStatus.DRAFT);
        store.replace(campaign("c-3", "other", 2).movedTo(CampaignStatus.RUNNING, at(4)), CampaignStatus.DRAFT);

        assertThat(store.list("acme", null, 10)).extracting(Campaign::id).containsExactly("c-4", "c-2", "c-1");
        assertThat(store.list("acme", CampaignStatus.DRAFT, 1)).extracting(Campaign::id).containsExactly("c-2");
        assertThat(store.list(null, null, 10)).hasSize(4);
        assertThat(store.inStatus(CampaignStatus.RUNNING, 10)).extracting(Campaign::id).containsExactly("c-3", "c-4");
    }
}
