package zen.gateway.application.port.inbound.send;

/**
 * What a send request got: the send as stored, and whether it was made by an earlier request with the same
 * idempotency key (then nothing new was queued).
 */
public record SendReceipt(SentMessage send, boolean repeated) {}
