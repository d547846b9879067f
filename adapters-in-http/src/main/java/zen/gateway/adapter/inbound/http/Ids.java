package zen.gateway.adapter.inbound.http;

import java.util.List;

/**
 * What an id given to the API may be: at most 128 printable characters. Refusals are {@link IllegalArgumentException}s
 * naming the field, answered 400. The value itself is not quoted back: it may be what the rule keeps out.
 */
final class Ids {

    static final int MAX_CHARS = 128;
    static final int MAX_BATCH = 1_000;

    private Ids() {}

    /** {@code value} (null allowed) as an id of the field {@code name}. */
    static String check(String name, String value) {
        return value == null ? null : requirePrintable(name, value, MAX_CHARS);
    }

    static String requirePrintable(String name, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(name + " is longer than " + maxChars + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (!printable(value.charAt(i))) {
                throw new IllegalArgumentException(name + " has a character that is not printable at position " + i);
            }
        }
        return value;
    }

    /** A list of ids: at most {@link #MAX_BATCH}, none null, each an id. */
    static List<String> checkAll(String name, List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.size() > MAX_BATCH) {
            throw new IllegalArgumentException(name + ": at most " + MAX_BATCH + " ids at once, not " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a string, not null");
            }
            check(name + "[" + i + "]", values.get(i));
        }
        return values;
    }

    /** A list of strings that are no ids (patterns, statuses, scopes): none null. */
    static List<String> noNulls(String name, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw new IllegalArgumentException(name + "[" + i + "] must be a string, not null");
                }
            }
        }
        return values;
    }

    private static boolean printable(char c) {
        if (Character.isISOControl(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
