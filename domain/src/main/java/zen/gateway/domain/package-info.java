/**
 * The gateway's business rules in plain Java: the message lifecycle, events and topics, subscriptions and
 * fan-out, and the classification of delivery outcomes. No I/O, no framework; every rule is tested alone.
 */
package zen.gateway.domain;
