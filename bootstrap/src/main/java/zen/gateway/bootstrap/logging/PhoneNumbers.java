package zen.gateway.bootstrap.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a phone number (10 to 15 digits, optionally after {@code +}, not part of a longer run of
 * digits or of a word) to its first two and last four digits: {@code +919800000101} becomes {@code +91******0101}.
 * Enough to tell numbers apart while debugging, not enough to call anyone. Message ids (Karix's 24-digit mids) are
 * longer runs and stay whole. Stateless.
 */
public final class PhoneNumbers {

    /**
     * Not after a letter, digit or {@code +} (part of something longer), nor right after a JSON key's unescaped
     * {@code ":} (a bare number of the JSON layout itself, such as its timestamp: masking it would break the line).
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w+])(?<![^\\\\]\":)(\\+?)(\\d{10,15})(?![\\w])");

    private PhoneNumbers() {}

    public static String mask(String text) {
        if (text == null || text.length() < 10) {
            return text;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String digits = m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + digits.substring(0, 2) + "*".repeat(digits.length() - 6) + digits.substring(digits.length() - 4)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
