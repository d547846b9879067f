/** The use cases, one class each, wired with {@code new} by bootstrap. */
package zen.gateway.application.service;
