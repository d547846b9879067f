package zen.gateway.domain.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GupshupErrorCodesTest {

    @Test
    void aClosedWindowWithoutAMatchingTemplateIsOutsideTheWindow() {
        assertThat(List.of(1004, 1005, 1006, 1007))
                .allSatisfy(code -> assertThat(GupshupErrorCodes.classify(code)).contains(SendErrorClass.OUTSIDE_WINDOW));
    }

    @Test
    void aLowWalletStopsTheSender() {
        assertThat(GupshupErrorCodes.classify(1003)).contains(SendErrorClass.SENDER_BLOCKED);
    }

    @Test
    void rateLimitingIsThrottlingAndABadWhatsAppAnswerAServerFault() {
        assertThat(GupshupErrorCodes.classify(4001)).contains(SendErrorClass.THROTTLED);
        assertThat(GupshupErrorCodes.classify(4002)).contains(SendErrorClass.SERVER_FAULT);
    }

    @Test
    void recipientMediaAndTemplateProblemsArePermanent() {
        assertThat(List.of(1002, 1008, 1010, 1011, 1012, 4003, 4004, 4005))
                .allSatisfy(code -> assertThat(GupshupErrorCodes.classify(code)).contains(SendErrorClass.PERMANENT));
    }

    @Test
    void readsPassedThroughMetaCodesWithMetasTable() {
        assertThat(GupshupErrorCodes.classify(131047)).contains(SendErrorClass.OUTSIDE_WINDOW);
        assertThat(GupshupErrorCodes.classify(130429)).contains(SendErrorClass.THROTTLED);
        assertThat(GupshupErrorCodes.classify(1001)).isEmpty();
    }
}
