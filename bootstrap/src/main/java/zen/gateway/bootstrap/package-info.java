/**
 * The Dropwizard shell, packaged by role as dropwizard-example is: this package is the application and its wiring
 * ({@link zen.gateway.bootstrap.Gateway} plugs every adapter into its port with {@code new}; {@code StorageFactory}
 * and {@code Transport} choose the store and the transport from the configuration; {@code AccessControl} wires the keys,
 * the audit trail and the master key); {@code config} the configuration classes, the environment variables and the
 * secrets generated into the data directory; {@code admin} the admin port's protection; {@code health} the health
 * checks; {@code tasks} the admin tasks; {@code metrics} timers, meters, gauges and the Prometheus view.
 */
package zen.gateway.bootstrap;
