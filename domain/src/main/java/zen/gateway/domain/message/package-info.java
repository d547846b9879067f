/** One lifecycle per WhatsApp message: statuses, their precedence, and the history of what was observed. */
package zen.gateway.domain.message;
