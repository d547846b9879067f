package zen.gateway.domain.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zen.gateway.domain.event.Bsp;

class SendProviderTest {

    @Test
    void isFoundByItsId() {
        for (SendProvider provider : SendProvider.values()) {
            assertThat(SendProvider.fromId(provider.id())).contains(provider);
        }
        assertThat(SendProvider.fromId("360dialog")).contains(SendProvider.DIALOG360);
        assertThat(SendProvider.fromId("DIALOG360")).isEmpty();
        assertThat(SendProvider.fromId(null)).isEmpty();
    }

    @Test
    void namesTheBspWhoseWebhooksReportItsStatuses() {
        assertThat(SendProvider.META.webhookBsp()).isEqualTo(Bsp.META);
        assertThat(SendProvider.DIALOG360.webhookBsp()).isEqualTo(Bsp.META);
        assertThat(SendProvider.TWILIO.webhookBsp()).isEqualTo(Bsp.TWILIO);
        assertThat(SendProvider.GUPSHUP.webhookBsp()).isEqualTo(Bsp.GUPSHUP);
        assertThat(SendProvider.AISENSY.webhookBsp()).isEqualTo(Bsp.AISENSY);
        assertThat(SendProvider.KARIX.webhookBsp()).isEqualTo(Bsp.KARIX);
    }
}
