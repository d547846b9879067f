/** The send queue of the embedded transport: the store's queued sends, worked off by one poller thread. */
package zen.gateway.adapter.embedded.send;
