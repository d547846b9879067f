/**
 * Campaigns: one approved template sent to a list of recipients, at most once per number. A campaign's status moves
 * by a transition table; a recipient's status only moves up its rank, so late or repeated reports never move it back.
 */
package zen.gateway.domain.campaign;
