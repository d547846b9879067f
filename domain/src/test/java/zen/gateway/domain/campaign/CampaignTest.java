package zen.gateway.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aDraftStartsPausesResumesAndCompletesButNothingLeavesAFinalStatus() {
        Campaign draft = Campaign.draft("c1", "acme", "promo", null, "hello", "en", null, T0);
        Campaign running = draft.movedTo(CampaignStatus.RUNNING, T0);
        Campaign done = running.movedTo(CampaignStatus.PAUSED, T0).movedTo(CampaignStatus.RUNNING, T0)
                .movedTo(CampaignStatus.COMPLETED, T0);

        assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(CampaignStatus.COMPLETED.isFinal()).isTrue();
        assertThatThrownBy(() -> done.movedTo(CampaignStatus.RUNNING, T0)).hasMessageContaining("completed");
        assertThatThrownBy(() -> draft.movedTo(CampaignStatus.PAUSED, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(CampaignStatus.fromWire("scheduled")).contains(CampaignStatus.SCHEDULED);
    }

    @Test
    void recipientStatusesRiseWithTheLifecyclePrecedence() {
        assertThat(RecipientStatus.QUEUED.rank()).isLessThan(RecipientStatus.UNKNOWN.rank());
        assertThat(RecipientStatus.UNKNOWN.rank()).isLessThan(RecipientStatus.ACCEPTED.rank());
        assertThat(RecipientStatus.SENT.rank()).isLessThan(RecipientStatus.FAILED.rank());
        assertThat(RecipientStatus.FAILED.rank()).isLessThan(RecipientStatus.DELIVERED.rank());
        assertThat(RecipientStatus.DELIVERED.rank()).isLessThan(RecipientStatus.READ.rank());
        assertThat(RecipientStatus.OPTED_OUT.hasMessage()).isFalse();
        assertThat(RecipientStatus.QUEUED.settled()).isFalse();
        assertThat(RecipientStatus.UNKNOWN.settled()).isTrue();
    }

    @Test
    void theFunnelCountsEveryRecipientOnceAndRatesTheMessagesHandedOut() {
        CampaignFunnel funnel = new CampaignFunnel(Map.of(RecipientStatus.READ, 1L, RecipientStatus.DELIVERED, 1L,
                RecipientStatus.SENT, 1L, RecipientStatus.FAILED, 1L, RecipientStatus.OPTED_OUT, 2L), 3, 4);

        assertThat(funnel.recipients()).isEqualTo(6);
        assertThat(funnel.handedOut()).isEqualTo(4);
        assertThat(funnel.rate(funnel.delivered())).isEqualTo(0.5);
        assertThat(funnel.rate(funnel.reached())).isEqualTo(0.75);
        assertThat(funnel.settled()).isTrue();
    }
}
