package zen.gateway.adapter.amqp.broker;

/**
 * The broker did not take a message: down, blocked, refused, or silent past the confirm timeout. Whoever
 * waited for durability answers as if nothing was stored (ingest: 503, so the BSP sends again).
 */
public final class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message) {
        super(message);
    }

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
