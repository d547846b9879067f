package zen.gateway.application.port.outbound.secrets;

/**
 * Keeps secrets (endpoint signing secrets, BSP credentials) unreadable at rest: what a store writes is sealed, and
 * only a holder of the key opens it again. Thread-safe.
 */
public interface SecretBox {

    /** The secret in a form safe to store. Sealing the same secret twice gives different text. */
    String seal(String secret);

    /**
     * The secret {@link #seal} sealed. Text that was never sealed (written before secrets were sealed) is returned as
     * it is, so that existing rows keep working and are sealed when next written.
     *
     * @throws IllegalStateException when the text was sealed with another key, or altered
     */
    String open(String stored);
}
