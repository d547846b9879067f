/** The shared cache level of a gateway that runs alone. */
package zen.gateway.adapter.embedded.cache;
