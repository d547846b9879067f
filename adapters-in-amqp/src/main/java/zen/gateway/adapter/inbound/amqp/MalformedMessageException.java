package zen.gateway.adapter.inbound.amqp;

/** A broker message this transport cannot read: it is set aside (quarantine or DLQ), never requeued. */
final class MalformedMessageException extends Exception {

    MalformedMessageException(String message) {
        super(message);
    }

    MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
