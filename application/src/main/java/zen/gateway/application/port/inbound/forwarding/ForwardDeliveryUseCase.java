package zen.gateway.application.port.inbound.forwarding;

import java.util.concurrent.CompletableFuture;
import zen.gateway.domain.delivery.Delivery;

/**
 * One attempt at one delivery, as a transport asks for it: sign, send, decide what follows, record it. The future
 * completes with the delivery as it stands afterwards (its status, series attempts and next attempt time) once that
 * is written, and fails when it could not be written; the transport then leaves the delivery to be attempted
 * again. Never blocks the calling thread.
 */
public interface ForwardDeliveryUseCase {

    CompletableFuture<Delivery> attempt(Delivery delivery);

    /**
     * As {@link #attempt}, for a delivery handed over again after a crash or a lost connection: when the store
     * says it is finished already (its outcome was recorded before the transport could forget it), nothing is sent
     * and the future completes with the delivery as stored.
     */
    CompletableFuture<Delivery> attemptUnlessFinished(Delivery delivery);
}
