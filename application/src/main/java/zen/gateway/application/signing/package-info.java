/**
 * Signatures on outbound webhooks, so receivers can tell the gateway's requests from forgeries: the legacy
 * {@code X-Webhook-Signature} and Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}), and the secrets they are keyed with. Pure JDK.
 */
package zen.gateway.application.signing;
