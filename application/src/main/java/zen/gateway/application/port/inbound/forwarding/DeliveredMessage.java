package zen.gateway.application.port.inbound.forwarding;

/**
 * The message a delivery is about, as its body names it: its wamid (or the BSP's id), status and customer; null where
 * the body does not say.
 */
public record DeliveredMessage(String wamid, String status, String customerNumber) {}
