/**
 * Customer endpoints, the topic patterns they subscribe to (matched in linear time, within limits when configured),
 * and the rules that choose who gets an event.
 */
package zen.gateway.domain.subscription;
