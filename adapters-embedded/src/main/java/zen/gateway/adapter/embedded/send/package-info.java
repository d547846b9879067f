/**
 * The send queue of the embedded transport: the store's queued sends, worked off by one poller thread. On RabbitMQ the
 * same poller, at a long interval, is the sweeper behind {@code message_send_queue}.
 */
package zen.gateway.adapter.embedded.send;
