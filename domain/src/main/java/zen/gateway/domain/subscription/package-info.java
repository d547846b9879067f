/** Customer endpoints, the topic patterns they subscribe to, and the rules that choose who gets an event. */
package zen.gateway.domain.subscription;
