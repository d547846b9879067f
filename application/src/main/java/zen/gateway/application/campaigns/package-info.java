/**
 * Campaigns: the list streamed into the store, the runner that hands recipients to the send use case in bounded
 * batches behind single sends, the funnel kept up to date from the send worker's answers and the status webhooks,
 * and the opt-out list with its stop and start keywords.
 */
package zen.gateway.application.campaigns;
