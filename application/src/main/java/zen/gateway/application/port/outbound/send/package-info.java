/**
 * The driven side of sending: one {@link zen.gateway.application.port.outbound.send.BspSendClient} per provider
 * sends one message for one sender account and names what became of it as a
 * {@link zen.gateway.application.port.outbound.send.SendOutcome}. The clients neither retry, pace nor break: the
 * outcome says whether a resend is safe, and the caller decides.
 */
package zen.gateway.application.port.outbound.send;
