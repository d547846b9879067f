package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zen.gateway.application.normalize.Normalization.Malformed;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.Bsp;

/**
 * Feeds broken, hostile and mistyped bodies to every normalizer. The contract: never an exception, always a result,
 * and no result that only exists because a rule crashed (those are reported as "normalizer failed").
 */
class NormalizerFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Normalizers NORMALIZERS = Normalizers.standard();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> WRONG_VALUES = List.of(
            NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1e308),
            NODES.numberNode(Long.MAX_VALUE), NODES.textNode(""), NODES.textNode("0"), NODES.textNode("x"),
            NODES.textNode("wamid."), NODES.textNode("\u0000\uFFFF\uD83D\uDE00"), NODES.booleanNode(true),
            NODES.arrayNode(), NODES.arrayNode().add(1).add("two"), NODES.objectNode(),
            NODES.objectNode().set("a", NODES.objectNode()));

    static Stream<Bsp> bsps() {
        return NORMALIZERS.supported().stream();
    }

    /** Every BSP that sends JSON: Twilio posts forms, so a JSON-only rule has no case for it. */
    static Stream<Bsp> jsonBsps() {
        return bsps().filter(bsp -> bsp != Bsp.TWILIO);
    }

    private static Normalization normalizeSafely(Bsp bsp, byte[] body) {
        BspNormalizer normalizer = NORMALIZERS.forBsp(bsp).orElseThrow();
        Normalization[] result = new Normalization[1];
        assertThatCode(() -> result[0] = normalizer.normalize(Fixtures.envelope(bsp, body)))
                .as("%s on %s", bsp, preview(body))
                .doesNotThrowAnyException();
        assertThat(result[0]).as("%s on %s", bsp, preview(body)).isNotNull();
        if (result[0] instanceof Unrecognized unrecognized) {
            assertThat(unrecognized.reason()).as("%s on %s", bsp, preview(body)).doesNotStartWith("normalizer failed");
        }
        return result[0];
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static List<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(NormalizerFuzzTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean isJsonFixture(Path fixture) {
        return fixture.getFileName().toString().endsWith(".json");
    }

    private static Optional<Bsp> ownerOf(Path fixture) {
        return Bsp.fromId(fixture.getParent().getFileName().toString());
    }

    private static final List<String> ADVERSARIAL = List.of(
            "", " ", "\n\t", "null", "true", "42", "-0", "1e400", "\"text\"", "[]", "[[]]", "[null]", "[1,2]", "{}", "[{}]",
            "{", "[", "{\"a\":", "{\"a\":1,}", "{\"a\":1}}", "{\"a\":1} trailing", "{\"a\":1}{\"b\":2}",
            "{'single':'quotes'}", "{a:1}", "{\"a\":NaN}", "{\"a\":\"\\uD800\"}", "{\"a\":1,\"a\":2}",
            "{\"object\":\"whatsapp_business_account\",\"entry\":\"nope\"}",
            "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":[]}]}]}",
            "{\"topic\":\"message.status.updated\",\"data\":{\"message\":[]}}",
            "{\"type\":\"message-event\",\"payload\":[]}", "{\"type\":\"message\",\"payload\":{\"payload\":7}}",
            "{\"events\":{\"eventType\":\"DELIVERY EVENTS\"},\"notificationAttributes\":[]}",
            "MessageSid=SM1&MessageStatus=delivered&To=whatsapp%3A%2B15550002222",
            "MessageSid=SM1&MessageStatus=%zz", "a=%", "=%C3%28", "&&&", "=", "a==b&&c",
            "<xml><MessageSid>SM1</MessageSid></xml>");

    @ParameterizedTest
    @MethodSource("bsps")
    void adversarialBodiesNeverThrow(Bsp bsp) {
        for (String body : ADVERSARIAL) {
            normalizeSafely(bsp, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("bsps")
    void everyFixtureFedToEveryNormalizerNeverThrows(Bsp bsp) throws Exception {
        for (Path fixture : fixtures()) {
            normalizeSafely(bsp, Files.readAllBytes(fixture));
        }
    }

    @ParameterizedTest
    @MethodSource("bsps")
    void truncatedFixturesAreMalformedOrUnderstoodButNeverThrow(Bsp bsp) throws Exception {
        for (Path fixture : fixtures()) {
            byte[] body = Files.readAllBytes(fixture);
            int end = new String(body, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8).length;
            for (int cut = 1; cut < end; cut += Math.max(1, end / 25)) {
                byte[] truncated = Arrays.copyOf(body, cut);
                Normalization result = normalizeSafely(bsp, truncated);
                if (isJsonFixture(fixture) && bsp != Bsp.TWILIO && body[0] == '{') {
                    assertThat(result).as("%s cut at %d", fixture, cut).isInstanceOf(Malformed.class);
                }
            }
        }
    }

    @Test
    void everyJsonFieldWithEveryWrongTypeNeverThrows() throws Exception {
        int bodies = 0;
        for (Path fixture : fixtures()) {
            Optional<Bsp> owner = ownerOf(fixture);
            if (!isJsonFixture(fixture) || owner.isEmpty() || !NORMALIZERS.supported().contains(owner.get())) {
                continue;
            }
            JsonNode original = JSON.readTree(fixture.toFile());
            for (JsonNode mutant : mutants(original)) {
                normalizeSafely(owner.get(), JSON.writeValueAsBytes(mutant));
                bodies++;
            }
        }
        assertThat(bodies).as("mutated bodies tried").isGreaterThan(1000);
    }

    /** The document with one value replaced, for every value in it and every wrong value. */
    private static List<JsonNode> mutants(JsonNode original) {
        List<JsonNode> mutants = new ArrayList<>();
        for (List<Object> path : paths(original, new ArrayList<>())) {
            for (JsonNode wrong : WRONG_VALUES) {
                JsonNode copy = original.deepCopy();
                replace(copy, path, wrong);
                mutants.add(copy);
            }
        }
        return mutants;
    }

    private static List<List<Object>> paths(JsonNode node, List<Object> prefix) {
        List<List<Object>> paths = new ArrayList<>();
        if (!prefix.isEmpty()) {
            paths.add(List.copyOf(prefix));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                prefix.add(field.getKey());
                paths.addAll(paths(field.getValue(), prefix));
                prefix.remove(prefix.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                prefix.add(i);
                paths.addAll(paths(node.get(i), prefix));
                prefix.remove(prefix.size() - 1);
            }
        }
        return paths;
    }

    private static void replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    @ParameterizedTest
    @MethodSource("bsps")
    void invalidUtf8IsMalformed(Bsp bsp) {
        byte[][] bodies = {
                {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
                {'M', 'e', 's', 's', 'a', 'g', 'e', 'S', 'i', 'd', '=', (byte) 0xE2, (byte) 0x82},
                {(byte) 0xC0, (byte) 0x80},
        };
        for (byte[] body : bodies) {
            assertThat(normalizeSafely(bsp, body)).isInstanceOfSatisfying(Malformed.class,
                    m -> assertThat(m.reason()).contains("UTF-8"));
        }
    }

    @ParameterizedTest
    @MethodSource("bsps")
    void deepNestingIsMalformed(Bsp bsp) {
        String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
        String deepObjects = "{\"a\":".repeat(65) + "1" + "}".repeat(65);
        for (String body : List.of(deepArrays, deepObjects)) {
            assertThat(normalizeSafely(bsp, body.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Malformed.class);
        }
    }

    @ParameterizedTest
    @MethodSource("bsps")
    void hugeStringsAreMalformed(Bsp bsp) {
        String body = "{\"topic\":\"" + "x".repeat(JsonBodies.MAX_STRING_LENGTH + 1024) + "\"}";
        assertThat(normalizeSafely(bsp, body.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Malformed.class);
    }

    /** What we read might not be what the BSP signed: a repeated key, at any depth, makes the body malformed. */
    @ParameterizedTest
    @MethodSource("jsonBsps")
    void repeatedKeysAreMalformed(Bsp bsp) {
        List<String> bodies = List.of(
                "{\"status\":\"read\",\"status\":\"failed\"}",
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":{\"x\":1,\"y\":2,\"z\":3,\"x\":4}}");
        for (String body : bodies) {
            assertThat(normalizeSafely(bsp, body.getBytes(StandardCharsets.UTF_8))).as(body)
                    .isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.reason())
                            .contains("Duplicate field").doesNotContain("DeserializationFeature"));
        }
    }

    @ParameterizedTest
    @MethodSource("jsonBsps")
    void trailingTokensAreMalformed(Bsp bsp) {
        byte[] body = "{\"status\":\"read\"} {\"status\":\"failed\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(normalizeSafely(bsp, body)).isInstanceOf(Malformed.class);
    }

    @Test
    void nestingUpToTheLimitIsStillParsed() {
        String body = "{\"a\":".repeat(63) + "1" + "}".repeat(63);
        assertThat(normalizeSafely(Bsp.DATAGEN, body.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Unrecognized.class);
    }

    @ParameterizedTest
    @MethodSource("jsonBsps")
    void aFormBodyToAJsonNormalizerIsMalformed(Bsp bsp) {
        byte[] form = "MessageSid=SM1&MessageStatus=delivered&To=whatsapp%3A%2B15550002222".getBytes(StandardCharsets.UTF_8);
        assertThat(normalizeSafely(bsp, form)).isInstanceOf(Malformed.class);
    }

    @Test
    void aRecognizedBodyAlwaysHasPayloads() throws Exception {
        for (Path fixture : fixtures()) {
            Optional<Bsp> owner = ownerOf(fixture);
            if (owner.isEmpty() || !NORMALIZERS.supported().contains(owner.get())) {
                continue;
            }
            if (normalizeSafely(owner.get(), Files.readAllBytes(fixture)) instanceof Recognized recognized) {
                assertThat(recognized.events()).allSatisfy(e -> assertThat(e.payload().isObject()).isTrue());
            }
        }
    }
}
