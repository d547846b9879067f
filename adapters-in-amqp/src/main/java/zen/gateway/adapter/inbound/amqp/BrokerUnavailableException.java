package zen.gateway.adapter.inbound.amqp;

/**
 * The broker did not take a message: down, blocked, refused, or silent past the confirm timeout. Whoever
 * waited for durability answers as if nothing was stored (ingest: 503, so the BSP sends again).
 */
final class BrokerUnavailableException extends RuntimeException {

    BrokerUnavailableException(String message) {
        super(message);
    }

    BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
