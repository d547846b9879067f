/**
 * Sending WhatsApp messages through each BSP's own HTTP API, exactly as {@code bsp/send/} documents it: one
 * description per provider ({@code *Api}: URL, auth, body, how to read the reply) behind one client class, over one
 * shared {@code java.net.http} client. {@link zen.gateway.adapter.outbound.http.send.BspSendClients} builds them
 * from {@link zen.gateway.adapter.outbound.http.send.BspSendSettings}; every other class is package-private.
 * No retries, pacing or breakers here: each send is one request, and its outcome tells the caller what is safe.
 */
package zen.gateway.adapter.outbound.http.send;
