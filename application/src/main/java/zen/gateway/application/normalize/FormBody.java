package zen.gateway.application.normalize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict {@code application/x-www-form-urlencoded} decoding (Twilio's webhooks). Lenient decoders quietly turn
 * {@code %zz} or broken UTF-8 into something; here they are a malformed body.
 */
public final class FormBody {

    /** The body is not form encoding. */
    static final class MalformedFormException extends Exception {
        MalformedFormException(String message) {
            super(message);
        }
    }

    private FormBody() {}

    /** The parameters, or none when the body is not form encoding: for verifiers, which judge what they get. */
    public static Map<String, List<String>> parseOrEmpty(byte[] body) {
        try {
            return parse(body);
        } catch (MalformedFormException e) {
            return Map.of();
        }
    }

    /** The parameters in body order; a repeated name keeps every value in order. */
    static Map<String, List<String>> parse(byte[] body) throws MalformedFormException {
        String text;
        try {
            text = JsonBodies.strictUtf8(body);
        } catch (CharacterCodingException e) {
            throw new MalformedFormException("body is not valid UTF-8");
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            throw new MalformedFormException("body is JSON, not form-encoded parameters");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String[] pairs = text.strip().split("&");
        for (int index = 0; index < pairs.length; index++) {
            String pair = pairs[index];
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), index);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), index);
            if (name.isEmpty()) {
                throw new MalformedFormException("parameter " + index + " has no name");
            }
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String encoded, int index) throws MalformedFormException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new MalformedFormException("parameter " + index + " has an invalid percent-escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
                    utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return JsonBodies.strictUtf8(bytes.toByteArray());
        } catch (CharacterCodingException e) {
            throw new MalformedFormException("parameter " + index + " is not valid UTF-8 once decoded");
        }
    }
}
