/** What an attempt to deliver an event to an endpoint came to, and what to do next. */
package zen.gateway.domain.delivery;
