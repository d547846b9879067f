/** The campaign runner driven in process, on every transport: the store's recipients are the work list. */
package zen.gateway.adapter.embedded.campaigns;
