package zen.gateway.adapter.amqp.framing;

/** A broker message this transport cannot read: it is set aside (quarantine or DLQ), never requeued. */
public final class MalformedMessageException extends Exception {

    MalformedMessageException(String message) {
        super(message);
    }

    MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
