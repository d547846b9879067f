/**
 * The driven side of campaigns: the campaigns themselves, their recipients (one row per number, whose status is the
 * claim that keeps a number from being handed out twice), and each project's opt-out list.
 */
package zen.gateway.application.port.outbound.campaigns;
