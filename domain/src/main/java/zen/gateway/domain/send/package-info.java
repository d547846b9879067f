/**
 * Sending through a BSP, in the BSPs' own terms: which providers the gateway can send through, and what each
 * provider's error codes mean for the message and for the sender (the tables follow {@code bsp/send/}). The same
 * codes come back later in failed status webhooks, so these tables serve the send reply and the webhook alike.
 */
package zen.gateway.domain.send;
