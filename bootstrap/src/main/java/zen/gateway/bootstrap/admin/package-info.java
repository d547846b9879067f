/**
 * The admin port's protection: it binds to loopback unless told otherwise, its tasks need an admin key (and are
 * audited), the thread dump and CPU profiler are switched off, and a task's bad parameters are a 400.
 */
package zen.gateway.bootstrap.admin;
