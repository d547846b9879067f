/** Writing the attempt log behind the delivery threads' backs, in batches. */
package zen.gateway.adapter.embedded.attempts;
