package zen.gateway.application.port.outbound.conversations;

import zen.gateway.application.port.outbound.retention.Expiring;
import zen.gateway.application.port.outbound.usage.InboundUsageReads;

/**
 * {@code inbound_messages}, one record per message a customer sent, as a store implements it: every role at once.
 * Use cases take the role they need; this whole is what a storage hands out and what the contract tests check. Inbound messages
 * expire by their arrival.
 */
public interface InboundMessageStore extends InboundMessageWrites, InboundMessageReads, InboundUsageReads, Expiring {}
