/** Managing which business numbers belong to which project. */
package zen.gateway.application.port.inbound.projects;
