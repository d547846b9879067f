package zen.gateway.adapter.outbound.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import zen.gateway.domain.delivery.AttemptOutcome;

/** Names what went wrong when an exchange ended without an answer. */
final class FailureOutcomes {

    private FailureOutcomes() {}

    static AttemptOutcome of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof HttpConnectTimeoutException) {
            // A timeout too, but before any connection existed: that is the "no connection" kind of failure.
            return new AttemptOutcome.ConnectionFailed("connect timed out");
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new AttemptOutcome.TimedOut();
        }
        SSLException tls = find(cause, SSLException.class);
        if (tls != null) {
            return new AttemptOutcome.ConnectionFailed("TLS failure: " + describe(tls));
        }
        if (cause instanceof ConnectException) {
            return new AttemptOutcome.ConnectionFailed("cannot connect: " + describe(cause));
        }
        if (cause instanceof IOException) {
            return new AttemptOutcome.ConnectionFailed(describe(cause));
        }
        return new AttemptOutcome.ConnectionFailed("not sent: " + describe(cause));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    /** The first message along the cause chain; the JDK often throws a bare exception around a detailed one. */
    private static String describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                return current.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
