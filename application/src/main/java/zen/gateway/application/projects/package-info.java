/** Which business numbers belong to which project: managing the mapping, and reading it (cached on every node). */
package zen.gateway.application.projects;
