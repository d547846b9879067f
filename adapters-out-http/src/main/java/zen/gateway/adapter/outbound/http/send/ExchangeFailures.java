package zen.gateway.adapter.outbound.http.send;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import zen.gateway.application.port.outbound.send.SendOutcome;

/**
 * An exchange that ended without a reply. What matters is whether the request can have reached the provider:
 * before a connection exists (refused, no route, unknown host, failed handshake) it cannot, so the message was not
 * sent; afterwards (a timeout, a reset) the provider may have taken it, and no provider offers an idempotency key
 * (bsp/send/README.md §4).
 */
final class ExchangeFailures {

    private ExchangeFailures() {}

    static SendOutcome outcome(Throwable failure, Duration requestTimeout) {
        Throwable cause = unwrap(failure);
        if (cause instanceof HttpConnectTimeoutException) {
            return new SendOutcome.NotSent("connect timed out");
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new SendOutcome.Ambiguous("no complete reply within " + requestTimeout.toMillis() + " ms");
        }
        ConnectException refused = find(cause, ConnectException.class);
        if (refused != null) {
            return new SendOutcome.NotSent("cannot connect: " + describe(refused));
        }
        SSLHandshakeException handshake = find(cause, SSLHandshakeException.class);
        if (handshake != null) {
            return new SendOutcome.NotSent("TLS handshake failed: " + describe(handshake));
        }
        if (cause instanceof IOException) {
            return new SendOutcome.Ambiguous("connection broke after sending: " + describe(cause));
        }
        return new SendOutcome.Ambiguous("exchange failed: " + describe(cause));
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

    /** The first message along the cause chain: the JDK often wraps a detailed exception in a bare one. */
    private static String describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                return current.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
