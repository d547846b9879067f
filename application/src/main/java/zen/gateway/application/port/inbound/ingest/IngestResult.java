package zen.gateway.application.port.inbound.ingest;

/** What the gateway answers a BSP. */
public sealed interface IngestResult {

    /** Durable; {@code events} is how many events the body holds. Answered 200. */
    record Accepted(String envelopeId, int events) implements IngestResult {}

    /** Well-formed but of an unknown shape: kept in quarantine for inspection. Answered 202. */
    record Quarantined(String quarantineId, String reason) implements IngestResult {}

    /** Not parseable: the sender's error, also kept in quarantine. Answered 400. */
    record Rejected(String quarantineId, String reason) implements IngestResult {}

    /** The source's verification failed (signature, token, address): not processed. Answered 401. */
    record Unauthorized(String reason) implements IngestResult {}

    /** Could not be made durable now; the BSP should retry. Answered 503. */
    record Unavailable(String reason) implements IngestResult {}
}
