/** Health checks on the admin port, each making a real round trip to the dependency it reports on. */
package zen.gateway.bootstrap.health;
