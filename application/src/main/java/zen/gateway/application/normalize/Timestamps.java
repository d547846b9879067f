package zen.gateway.application.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Reads the many ways BSPs write a point in time: epoch seconds or milliseconds (Meta strings in seconds,
 * Gupshup/Karix milliseconds, AiSensy either), as a number or a string, or an ISO-8601 string. Zero, blank and
 * unreadable values mean "not known" (AiSensy sends {@code "0"} placeholders) and yield the fallback.
 */
final class Timestamps {

    private static final Pattern EPOCH = Pattern.compile("\\d{1,20}(\\.\\d{1,9})?");
    // Below 10^11 a value is seconds (10^11 s is the year 5138); below 10^14 milliseconds (10^11 ms is 1973),
    // and so on: every plausible recent time falls in exactly one band.
    private static final BigDecimal SECONDS_BELOW = new BigDecimal("1e11");
    private static final BigDecimal MILLIS_BELOW = new BigDecimal("1e14");
    private static final BigDecimal MICROS_BELOW = new BigDecimal("1e17");
    private static final BigDecimal NANOS_BELOW = new BigDecimal("1e20");
    // no webhook reports an event this far ahead: such a value is a mistake, so "unknown" is the honest reading
    private static final Instant LATEST_PLAUSIBLE = Instant.parse("2200-01-01T00:00:00Z");

    private Timestamps() {}

    static Instant parse(JsonNode value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isTextual()) {
            return parse(value.textValue(), fallback);
        }
        if (value.isIntegralNumber() || (value.isFloatingPointNumber() && Double.isFinite(value.doubleValue()))) {
            return plausible(fromEpoch(value.decimalValue()), fallback);
        }
        return fallback;
    }

    static Instant parse(String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return plausible(read(text.strip()), fallback);
    }

    private static Instant plausible(Instant instant, Instant fallback) {
        return instant == null || !instant.isAfter(Instant.EPOCH) || instant.isAfter(LATEST_PLAUSIBLE) ? fallback : instant;
    }

    private static Instant read(String trimmed) {
        if (EPOCH.matcher(trimmed).matches()) {
            return fromEpoch(new BigDecimal(trimmed));
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                // without an offset the only sane reading for a server-to-server webhook is UTC
                return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException unreadable) {
                return null;
            }
        }
    }

    private static Instant fromEpoch(BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(NANOS_BELOW) >= 0) {
            return null;
        }
        int decimalsToSeconds;
        if (value.compareTo(SECONDS_BELOW) < 0) {
            decimalsToSeconds = 0;
        } else if (value.compareTo(MILLIS_BELOW) < 0) {
            decimalsToSeconds = 3;
        } else if (value.compareTo(MICROS_BELOW) < 0) {
            decimalsToSeconds = 6;
        } else {
            decimalsToSeconds = 9;
        }
        BigDecimal seconds = value.movePointLeft(decimalsToSeconds);
        long wholeSeconds = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(wholeSeconds)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(wholeSeconds, nanos);
    }
}
