/**
 * Sending through a project's BSP: senders and their credentials, the send request made durable before it is
 * answered, the worker that paces, sends, retries only what the provider says was not processed, and settles
 * ambiguous outcomes.
 */
package zen.gateway.application.send;
