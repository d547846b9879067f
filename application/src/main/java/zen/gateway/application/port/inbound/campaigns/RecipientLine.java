package zen.gateway.application.port.inbound.campaigns;

import java.util.List;

/**
 * One line of an upload as the transport read it: a number and its parameters, or why the line could not be read.
 *
 * @param line  1 for the first recipient (a CSV's header is not counted)
 * @param error null when the line was read; then {@code to} may still be a bad number, which the use case checks
 */
public record RecipientLine(long line, String to, List<String> parameters, String error) {

    public static RecipientLine unreadable(long line, String error) {
        return new RecipientLine(line, null, List.of(), error);
    }
}
