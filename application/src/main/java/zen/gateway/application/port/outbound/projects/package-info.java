/** Which business numbers belong to which project, in the store. */
package zen.gateway.application.port.outbound.projects;
