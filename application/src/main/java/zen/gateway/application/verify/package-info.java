/**
 * Checks that a webhook really comes from the BSP it claims, before anything is made durable: Meta's (and
 * 360dialog partners') {@code X-Hub-Signature-256}, Twilio's {@code X-Twilio-Signature}, AiSensy's
 * {@code X-AiSensy-Signature}, a shared token for the BSPs that do not sign (Datagen/Karix, Gupshup, 360dialog's
 * custom headers), and an IP allowlist. Pure JDK crypto; every comparison is constant-time.
 *
 * <p>Build verifiers with {@link zen.gateway.application.verify.WebhookVerifiers} from a
 * {@link zen.gateway.application.verify.VerifierSettings} per source. A source with nothing configured is refused
 * unless the operator allowed it unverified on purpose (then it is
 * {@link zen.gateway.application.verify.Verification.Unsigned}); a configured check that fails is
 * {@link zen.gateway.application.verify.Verification.Rejected}, allowance or not.
 */
package zen.gateway.application.verify;
