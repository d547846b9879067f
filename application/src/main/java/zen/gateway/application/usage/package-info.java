/** Usage over time: the stores' outbound and inbound figures, merged per bucket. */
package zen.gateway.application.usage;
