package zen.gateway.domain.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwilioErrorCodesTest {

    @Test
    void classifiesTheSynchronousCodes() {
        assertThat(TwilioErrorCodes.classify(20429)).contains(SendErrorClass.THROTTLED);
        assertThat(TwilioErrorCodes.classify(21611)).contains(SendErrorClass.THROTTLED);
        assertThat(TwilioErrorCodes.classify(20500)).contains(SendErrorClass.SERVER_FAULT);
        assertThat(TwilioErrorCodes.classify(20003)).contains(SendErrorClass.SENDER_BLOCKED);
        assertThat(TwilioErrorCodes.classify(63007)).contains(SendErrorClass.SENDER_BLOCKED);
        assertThat(TwilioErrorCodes.classify(21211)).contains(SendErrorClass.PERMANENT);
        assertThat(TwilioErrorCodes.classify(21604)).contains(SendErrorClass.PERMANENT);
    }

    @Test
    void classifiesTheCodesOfFailedStatusCallbacks() {
        assertThat(TwilioErrorCodes.classify(63016)).contains(SendErrorClass.OUTSIDE_WINDOW);
        assertThat(TwilioErrorCodes.classify(63018)).contains(SendErrorClass.THROTTLED);
        assertThat(TwilioErrorCodes.classify(30001)).contains(SendErrorClass.THROTTLED);
        assertThat(List.of(63024, 63003, 63013, 63032))
                .allSatisfy(code -> assertThat(TwilioErrorCodes.classify(code)).contains(SendErrorClass.PERMANENT));
    }

    @Test
    void leavesUnknownCodesToTheCaller() {
        assertThat(TwilioErrorCodes.classify(12345)).isEmpty();
    }
}
