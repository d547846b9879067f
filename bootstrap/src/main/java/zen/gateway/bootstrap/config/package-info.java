/**
 * The configuration: validated fields bound from YAML, one class per part, each with the factory methods that turn it
 * into an adapter's settings; {@link zen.gateway.bootstrap.config.EnvironmentVariables} names every environment
 * variable read.
 */
package zen.gateway.bootstrap.config;
