/**
 * The stores on MongoDB (mongodb-driver-sync): {@code unified_message_tracking}, {@code webhook_delivery_logs},
 * {@code webhooks}, {@code project_numbers} and {@code quarantine}, with the collection and field names of the
 * existing deployment. {@link zen.gateway.adapter.outbound.mongo.MongoStorage} is the only public type: it
 * connects, creates the schema and hands out the stores as their application ports.
 */
package zen.gateway.adapter.outbound.mongo;
