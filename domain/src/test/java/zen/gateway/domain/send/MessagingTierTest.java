package zen.gateway.domain.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagingTierTest {

    @Test
    void aTierNamesItsLimitAndALimitItsTier() {
        assertThat(MessagingTier.fromWire(" 2K ")).contains(MessagingTier.TIER_2K);
        assertThat(MessagingTier.TIER_2K.limit()).isEqualTo(2_000);
        assertThat(MessagingTier.fromWire("unlimited").orElseThrow().limit()).isNull();
        assertThat(MessagingTier.ofLimit(100_000)).contains(MessagingTier.TIER_100K);
        assertThat(MessagingTier.ofLimit(null)).contains(MessagingTier.UNLIMITED);
        assertThat(MessagingTier.ofLimit(300)).isEmpty();
        assertThat(MessagingTier.fromWire("5k")).isEmpty();
    }
}
