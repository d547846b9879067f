package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.AttemptOutcome;

class FailureOutcomesTest {

    @Test
    void timeoutsOfTheExchangeAreTimedOut() {
        assertThat(FailureOutcomes.of(new CompletionException(new HttpTimeoutException("request timed out"))))
                .isEqualTo(new AttemptOutcome.TimedOut());
        assertThat(FailureOutcomes.of(new TimeoutException())).isEqualTo(new AttemptOutcome.TimedOut());
    }

    @Test
    void aConnectTimeoutIsAConnectionFailure() {
        assertThat(FailureOutcomes.of(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo(new AttemptOutcome.ConnectionFailed("connect timed out"));
    }

    @Test
    void tlsProblemsAreNamedEvenWhenWrapped() {
        var wrapped = new CompletionException(new IOException(new SSLHandshakeException("PKIX path building failed")));

        assertThat(FailureOutcomes.of(wrapped))
                .isEqualTo(new AttemptOutcome.ConnectionFailed("TLS failure: PKIX path building failed"));
    }

    @Test
    void connectAndOtherIoFailuresAreConnectionFailuresWithTheInnermostMessage() {
        var refused = new ConnectException();
        refused.initCause(new ConnectException("Connection refused"));

        assertThat(FailureOutcomes.of(refused))
                .isEqualTo(new AttemptOutcome.ConnectionFailed("cannot connect: Connection refused"));
        assertThat(FailureOutcomes.of(new IOException("connection reset")))
                .isEqualTo(new AttemptOutcome.ConnectionFailed("connection reset"));
    }
}
