package zen.gateway.domain.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaErrorCodesTest {

    @Test
    void throughputPairRateAndCallLimitsAreThrottling() {
        assertThat(List.of(130429, 131056, 80007, 4, 17, 341))
                .allSatisfy(code -> assertThat(MetaErrorCodes.classify(code)).contains(SendErrorClass.THROTTLED));
    }

    @Test
    void metaSideFailuresMayHaveSentTheMessage() {
        assertThat(List.of(1, 2, 131000, 131016, 133004, 131057))
                .allSatisfy(code -> assertThat(MetaErrorCodes.classify(code)).contains(SendErrorClass.SERVER_FAULT));
    }

    @Test
    void reEngagementMeansTheWindowIsClosed() {
        assertThat(MetaErrorCodes.classify(131047)).contains(SendErrorClass.OUTSIDE_WINDOW);
    }

    @Test
    void credentialsBillingQualityAndPolicyStopTheSender() {
        assertThat(List.of(190, 0, 3, 10, 200, 250, 299, 131048, 131031, 368, 131042))
                .allSatisfy(code -> assertThat(MetaErrorCodes.classify(code)).contains(SendErrorClass.SENDER_BLOCKED));
    }

    @Test
    void requestTemplateAndRecipientProblemsArePermanentForTheMessage() {
        assertThat(List.of(100, 131008, 131009, 131051, 131052, 131053, 132000, 132001, 132005, 132007,
                132012, 132015, 132016, 131026, 131049, 131050, 130497))
                .allSatisfy(code -> assertThat(MetaErrorCodes.classify(code)).contains(SendErrorClass.PERMANENT));
    }

    @Test
    void leavesUnknownCodesToTheCaller() {
        assertThat(MetaErrorCodes.classify(999_999)).isEmpty();
        assertThat(MetaErrorCodes.classify(300)).isEmpty();
    }
}
