package zen.gateway.application.port.outbound.tracking;

import zen.gateway.application.port.outbound.retention.Expiring;
import zen.gateway.application.port.outbound.usage.MessageUsageReads;

/**
 * {@code unified_message_tracking}, one record per message, as a store implements it: every role at once. Use
 * cases take the role they need ({@link MessageUpdates}, {@link MessageReads}); this whole is what a storage
 * hands out and what the contract tests check. Messages expire by their last update.
 */
public interface MessageStore extends MessageUpdates, MessageReads, MessageUsageReads, Expiring {}
