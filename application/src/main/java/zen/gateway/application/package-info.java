/**
 * Use cases of the gateway (one class each, in {@code service}), the ports they drive and are driven through
 * ({@code port.inbound}, {@code port.outbound}), the BSP payload normalizers ({@code normalize}) and the
 * in-process adapters of the embedded mode ({@code embedded}). No framework and no client library: only the
 * domain and Jackson's tree model.
 */
package zen.gateway.application;
