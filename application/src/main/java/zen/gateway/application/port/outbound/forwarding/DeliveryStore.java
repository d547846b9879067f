package zen.gateway.application.port.outbound.forwarding;

import zen.gateway.application.port.outbound.retention.Expiring;

/**
 * {@code webhook_delivery_logs}, one record per (event, endpoint) with its attempts, as a store implements it:
 * every role at once. Use cases and transports take the role they need ({@link DeliveryPlans}, {@link
 * DeliveryLeases}, {@link AttemptLog}, {@link DeliveryReads}, {@link DeadLetterReplay}), and a decorator wraps only
 * the role it measures; this whole is what a storage hands out and what the contract tests check. Only finished
 * deliveries (delivered, dead-lettered) expire, by their last update: one still on its way never does.
 */
public interface DeliveryStore
        extends DeliveryPlans, DeliveryLeases, AttemptLog, DeliveryReads, DeadLetterReplay, Expiring {}
