package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final Instant FALLBACK = Instant.parse("2030-06-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Instant parse(String json) throws Exception {
        JsonNode node = JSON.readTree("{\"t\":" + json + "}").get("t");
        return Timestamps.parse(node, FALLBACK);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiterString = "|", value = {
            "\"1767225600\"                  | 2026-01-01T00:00:00Z",
            "1767225600                      | 2026-01-01T00:00:00Z",
            "\"1767261605000\"               | 2026-01-01T10:00:05Z",
            "1767261605000                   | 2026-01-01T10:00:05Z",
            "1767261605123                   | 2026-01-01T10:00:05.123Z",
            "1767261605.5                    | 2026-01-01T10:00:05.500Z",
            "\" 1767261605 \"                | 2026-01-01T10:00:05Z",
            "1767261605000000                | 2026-01-01T10:00:05Z",
            "1767261605000000000             | 2026-01-01T10:00:05Z",
            "\"2026-01-01T10:00:05.120Z\"    | 2026-01-01T10:00:05.120Z",
            "\"2026-01-01T15:30:05+05:30\"   | 2026-01-01T10:00:05Z",
            "\"2026-01-01T10:00:05\"         | 2026-01-01T10:00:05Z",
    })
    void epochSecondsMillisAndIsoStringsAreRead(String json, String expected) throws Exception {
        assertThat(parse(json)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} is unknown")
    @ValueSource(strings = {"\"0\"", "0", "0.0", "null", "\"\"", "\"  \"", "\"soon\"", "-5", "\"-5\"", "true", "{}", "[]",
            "1e400", "99999999999999999999", "\"99999999999999999999999\"", "\"2026-13-45T99:00:00Z\"", "\"2250-01-01T00:00:00Z\"", "\"1969-12-31T23:59:59Z\""})
    void placeholdersAndNonsenseMeanUnknown(String json) throws Exception {
        assertThat(parse(json)).isEqualTo(FALLBACK);
    }

    @Test
    void anAbsentFieldIsUnknown() {
        assertThat(Timestamps.parse((JsonNode) null, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(Timestamps.parse(Fields.at(JSON.createObjectNode(), "nope"), FALLBACK)).isEqualTo(FALLBACK);
    }
}
