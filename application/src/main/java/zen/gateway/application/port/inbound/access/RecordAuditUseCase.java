package zen.gateway.application.port.inbound.access;

/**
 * Adds a change asked of the gateway to the audit trail. Throws when the store cannot take it; the change itself was
 * made already, so a driving adapter logs that rather than failing the answer.
 */
public interface RecordAuditUseCase {

    void record(Change change);

    /**
     * The change: by which key, on which project (null for none), what and on what, and the status it was answered
     * (which tells its outcome).
     */
    record Change(String keyId, String projectOwnerId, String action, String target, int status) {
        public Change {
            if (keyId == null || action == null) {
                throw new IllegalArgumentException("an audited change names its key and its action");
            }
        }
    }
}
