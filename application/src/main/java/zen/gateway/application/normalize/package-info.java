/**
 * Turns each BSP's payloads into domain events. One normalizer per payload format; they never throw on bad
 * input: they say what was wrong ({@link zen.gateway.application.normalize.Normalization}). {@link
 * zen.gateway.application.normalize.Normalizers#standard()} holds one per {@link zen.gateway.domain.event.Bsp}.
 *
 * <p>Rules every normalizer shares:
 * <ul>
 *   <li>A body that is not UTF-8 JSON (form encoding for Twilio), nests deeper than 64 or holds a string longer than
 *       1 MiB is {@code Malformed}. Valid JSON of a shape no rule knows is {@code Unrecognized}, and so is a batch
 *       (a JSON array) with one such element: the reason names the element's index.
 *   <li>Each event's payload is the batch element it came from. For Cloud-API-shaped bodies (Meta, 360dialog,
 *       Gupshup v3) it is the webhook cut down to the one status, message or error the event is about, with its
 *       envelope, metadata (display number and {@code phone_number_id}), contacts, pricing and conversation; for
 *       Twilio a JSON object of the form parameters.
 *   <li>Event ids hash the BSP's own identity of an event, so a BSP retry gives the same id: the message id and the
 *       BSP's status word, or the BSP's notification id. Status words go in as the BSP wrote them (lower-cased), not
 *       as mapped, so Meta's {@code read} and {@code played} stay two events.
 *   <li>Phone numbers become {@code +} and digits; times the BSP does not give (or gives as {@code 0}) are the time
 *       the envelope was received.
 * </ul>
 */
package zen.gateway.application.normalize;
