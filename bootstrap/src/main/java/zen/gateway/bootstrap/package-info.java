/** The Dropwizard application: configuration, wiring of adapters to ports, admin tasks, health checks, metrics. */
package zen.gateway.bootstrap;
