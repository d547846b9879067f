package zen.gateway.application.normalize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import zen.gateway.application.normalize.Normalization.Malformed;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Turns a raw body into a JSON tree under hard limits, and keeps normalizers from ever throwing. A webhook body
 * comes from outside: it may be truncated, hostile, or simply another format.
 */
final class JsonBodies {

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1 << 20;
    private static final int MAX_REASON_LENGTH = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            // trailing garbage and repeated keys make a body ambiguous: what we read might not be what was signed.
            // Repeats are caught as the tree is built, not by the parser's STRICT_DUPLICATE_DETECTION, whose set of
            // names per object was a third of the gateway's allocations under load (JFR).
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private JsonBodies() {}

    /** Parses the envelope's body and hands the tree to {@code reader}; parse problems become {@link Malformed}. */
    static Normalization read(InboundEnvelope envelope, Function<JsonNode, Normalization> reader) {
        return guarded(() -> {
            String text;
            try {
                text = strictUtf8(envelope.body());
            } catch (CharacterCodingException e) {
                return new Malformed("body is not valid UTF-8");
            }
            if (text.isBlank()) {
                return new Malformed("body is empty");
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(text);
            } catch (StreamConstraintsException e) {
                return new Malformed("body exceeds the parse limits (nesting depth " + MAX_NESTING_DEPTH
                        + ", string length " + MAX_STRING_LENGTH + "): " + shorten(e.getOriginalMessage()));
            } catch (JsonProcessingException e) {
                return new Malformed("body is not valid JSON: " + shorten(withoutMapperAdvice(e.getOriginalMessage()))
                        + where(e.getLocation()));
            }
            return reader.apply(root);
        });
    }

    /**
     * Runs a normalization so that a bug in a rule never escapes as an exception: the body is quarantined with the
     * reason instead of crashing the consumer that reads the queue.
     */
    static Normalization guarded(Supplier<Normalization> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return new Unrecognized("normalizer failed on this body: " + e.getClass().getSimpleName() + ": "
                    + shorten(String.valueOf(e.getMessage())));
        }
    }

    static String strictUtf8(byte[] body) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
        // a UTF-8 byte-order mark is legal if pointless; some senders add it
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_REASON_LENGTH ? oneLine : oneLine.substring(0, MAX_REASON_LENGTH) + "…";
    }

    /**
     * A repeated key is reported as "Duplicate field 'x' for `ObjectNode`: not allowed when ..." and the BSP reading
     * the answer needs only its first words, not how our mapper is configured.
     */
    private static String withoutMapperAdvice(String message) {
        int advice = message == null ? -1 : message.indexOf(" for `ObjectNode`");
        return advice < 0 ? message : message.substring(0, advice);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
