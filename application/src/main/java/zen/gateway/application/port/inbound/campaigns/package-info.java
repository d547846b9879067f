/**
 * The driving side of campaigns: create, fill with recipients (streamed), start, pause, resume, cancel, and watch
 * them; each project's opt-out list; and the runner the transport drives.
 */
package zen.gateway.application.port.inbound.campaigns;
