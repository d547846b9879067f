package zen.gateway.application.send;

import java.util.regex.Pattern;
import zen.gateway.application.normalize.PhoneNumbers;

/** Phone numbers as sending takes them: any usual spelling in, E.164 out, or a 400 naming the field. */
public final class Numbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private Numbers() {}

    public static String e164(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String canonical = PhoneNumbers.canonical(raw);
        if (canonical == null || !E164.matcher(canonical).matches()) {
            throw new IllegalArgumentException(field + " must be a phone number with its country code, such as "
                    + "+919800000001, not '" + raw + "'");
        }
        return canonical;
    }
}
