package zen.gateway.domain.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customer phone numbers as the gateway's own log lines show them: the country code and the last four digits, the rest
 * starred ({@code +919800000101} → {@code +91******0101}). Enough to tell two customers apart while reading a log,
 * not enough to call one: log files travel further than the database (support tickets, log shippers).
 */
public final class MaskedNumbers {

    /** A run of 8 to 15 digits, with or without a {@code +}: what a phone number looks like inside any text. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\+?\\d{8,15}(?![\\w.])");
    private static final int KEPT_AT_START = 2;
    private static final int KEPT_AT_END = 4;

    private MaskedNumbers() {}

    /** One number masked; null stays null. */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        String plus = number.startsWith("+") ? "+" : "";
        String digits = number.substring(plus.length());
        if (digits.length() <= KEPT_AT_START + KEPT_AT_END) {
            return plus + "*".repeat(digits.length());
        }
        return plus + digits.substring(0, KEPT_AT_START) + "*".repeat(digits.length() - KEPT_AT_START - KEPT_AT_END)
                + digits.substring(digits.length() - KEPT_AT_END);
    }

    /** The text with every number-like run in it masked: for messages that may quote a number (errors, targets). */
    public static String maskIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(mask(matcher.group())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
