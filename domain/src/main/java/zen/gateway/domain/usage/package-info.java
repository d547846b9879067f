/** Usage over time: how its buckets are cut (by time, and by BSP or campaign). */
package zen.gateway.domain.usage;
