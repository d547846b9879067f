package zen.gateway.application.port.outbound.send;

import java.util.regex.Pattern;

/** International numbers as the send API takes them: {@code +}, a country code, at most 15 digits in all. */
final class E164 {

    private static final Pattern FORMAT = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private E164() {}

    static String require(String number, String name) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            throw new IllegalArgumentException(name + " must be an E.164 number such as +919800000001, not " + number);
        }
        return number;
    }
}
