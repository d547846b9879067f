package zen.gateway.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageStatusTest {

    @Test
    void precedenceIsAcceptedSentFailedDeliveredRead() {
        assertThat(MessageStatus.values()).containsExactly(
                MessageStatus.ACCEPTED, MessageStatus.SENT, MessageStatus.FAILED, MessageStatus.DELIVERED, MessageStatus.READ);
        for (MessageStatus status : MessageStatus.values()) {
            assertThat(MessageStatus.ofRank(status.rank())).isEqualTo(status);
        }
    }

    @Test
    void wireNamesAreReadInAnyCase() {
        assertThat(MessageStatus.fromWireName(" Delivered ")).contains(MessageStatus.DELIVERED);
        assertThat(MessageStatus.fromWireName("played")).isEmpty();
        assertThat(MessageStatus.fromWireName(null)).isEmpty();
    }

    @Test
    void theCurrentStatusOfNothingIsUnknown() {
        assertThat(MessageStatus.currentOf(List.of())).isEmpty();
    }
}
