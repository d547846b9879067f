package zen.gateway.adapter.inbound.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.domain.message.MessageStatus;

/** Reading query parameters, each failure a 400 that names the parameter. */
final class QueryParams {

    private QueryParams() {}

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                long number = Long.parseLong(value);
                return value.length() >= 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant or epoch seconds/millis: " + value);
        }
    }

    /** Taken as text: Jersey answers a number parameter it cannot read with 404, as if the route did not exist. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 50;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number between 1 and 500");
        }
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        return limit;
    }

    static PageCursor cursor(String value) {
        return value == null || value.isBlank() ? null : PageCursor.decode(value);
    }

    static MessageStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return MessageStatus.fromWireName(value)
                .orElseThrow(() -> new IllegalArgumentException("status must be one of accepted, sent, delivered, read, failed"));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
