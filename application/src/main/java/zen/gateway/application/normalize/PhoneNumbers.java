package zen.gateway.application.normalize;

import java.util.regex.Pattern;

/**
 * Canonical phone numbers: {@code +} and digits (E.164 shape). BSPs write the same number as
 * {@code whatsapp:+919800000001}, {@code 919800000001}, {@code +91 98000-00001} or the national
 * {@code 9800000001} with the country code elsewhere. Values that are not phone numbers (AiSensy project ids,
 * business-scoped user ids such as {@code US.1349…}, Gupshup's {@code callbackSetPhone}) are returned as given.
 */
public final class PhoneNumbers {

    private static final String WHATSAPP_PREFIX = "whatsapp:";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
    private static final Pattern DIGITS = Pattern.compile("\\d{6,15}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\+?(\\d{1,3})");
    private static final int LONGEST_NATIONAL_NUMBER = 10;
    private static final int LONGEST_E164 = 15;

    private PhoneNumbers() {}

    public static String canonical(String raw) {
        return canonical(raw, null);
    }

    /**
     * @param countryCode the calling code to put in front of a national number ({@code "91"} or {@code "+91"}), or
     *     null when the sender always includes it
     */
    public static String canonical(String raw, String countryCode) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String given = raw.strip();
        String number = given.regionMatches(true, 0, WHATSAPP_PREFIX, 0, WHATSAPP_PREFIX.length())
                ? given.substring(WHATSAPP_PREFIX.length())
                : given;
        number = SEPARATORS.matcher(number).replaceAll("");
        if (number.startsWith("+")) {
            String digits = number.substring(1);
            return DIGITS.matcher(digits).matches() ? "+" + digits : given;
        }
        if (number.startsWith("00")) {
            // the international call prefix used in much of the world means the same as "+"
            String digits = number.substring(2);
            return DIGITS.matcher(digits).matches() ? "+" + digits : given;
        }
        if (!DIGITS.matcher(number).matches()) {
            return given;
        }
        String callingCode = callingCode(countryCode);
        if (number.startsWith("0")) {
            // a national trunk prefix: meaningful only together with a country code (no calling code starts with 0)
            String national = number.substring(1);
            return callingCode != null && national.length() <= LONGEST_NATIONAL_NUMBER
                    ? withCallingCode(callingCode, national, given)
                    : given;
        }
        if (callingCode != null && number.length() <= LONGEST_NATIONAL_NUMBER) {
            return withCallingCode(callingCode, number, given);
        }
        return "+" + number;
    }

    private static String withCallingCode(String callingCode, String national, String given) {
        String digits = callingCode + national;
        return digits.length() <= LONGEST_E164 ? "+" + digits : given;
    }

    private static String callingCode(String countryCode) {
        if (countryCode == null) {
            return null;
        }
        var matcher = COUNTRY_CODE.matcher(countryCode.strip());
        return matcher.matches() && !matcher.group(1).startsWith("0") ? matcher.group(1) : null;
    }
}
