package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The sample {@code config.yml} at the repository's root cannot drift from the configuration classes: it names every
 * key they have, with the value it gets when left out, and {@code check} accepts it (and refuses a broken file).
 */
class SampleConfigurationTest {

    private static final Path SAMPLE = Path.of("..", "config.yml");
    /** Durations and sizes written in one unit, so that 1s and 1000ms compare equal, as they are. */
    private static final ObjectMapper JSON = Jackson.newObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Duration.class, new StdSerializer<>(Duration.class) {
                @Override
                public void serialize(Duration value, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(value.toNanoseconds() + "ns");
                }
            })
            .addSerializer(DataSize.class, new StdSerializer<>(DataSize.class) {
                @Override
                public void serialize(DataSize value, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(value.toBytes() + "B");
                }
            }));

    @Test
    void theSampleGivesEveryKeyItsDefault() throws Exception {
        JsonNode sample = ownKeys(load(SAMPLE.toString()));
        JsonNode defaults = ownKeys(new GatewayConfiguration());
        assertThat(sample).as("config.yml differs from the defaults of the configuration classes").isEqualTo(defaults);
    }

    @Test
    void theSampleWritesEveryKeyOut() throws Exception {
        JsonNode written = new ObjectMapper(new YAMLFactory()).readTree(SAMPLE.toFile());
        List<String> missing = new ArrayList<>();
        missingPaths(ownKeys(new GatewayConfiguration()), written, "", missing);
        assertThat(missing).as("keys of the configuration classes that config.yml does not show").isEmpty();
    }

    @Test
    void checkAcceptsTheSampleAndRefusesABrokenFile(@TempDir Path work) throws Exception {
        assertThat(check(SAMPLE.toString())).isEmpty();
        Path broken = work.resolve("broken.yml");
        Files.writeString(broken, "forwarding:\n  maxInFlight: -1\nnoSuchKey: 1\n");
        Optional<Throwable> refused = check(broken.toString());
        assertThat(refused).isPresent();
        assertThat(refused.get()).hasMessageContaining("noSuchKey");
    }

    private static Optional<Throwable> check(String file) {
        GatewayApplication application = new GatewayApplication();
        Bootstrap<GatewayConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        bootstrap.addCommand(new CheckCommand<>(application));
        return new Cli(bootstrap, new ByteArrayOutputStream()).run("check", file);
    }

    /** Dropwizard's command line, as {@code java -jar zen-gateway.jar} runs it. */
    private record Cli(Bootstrap<GatewayConfiguration> bootstrap, ByteArrayOutputStream out) {
        Optional<Throwable> run(String... arguments) {
            return new io.dropwizard.core.cli.Cli(new JarLocation(SampleConfigurationTest.class), bootstrap, out, out)
                    .run(arguments);
        }
    }

    /** The file read as the application reads it: its object mapper, its substitution. */
    private static GatewayConfiguration load(String file) throws Exception {
        GatewayApplication application = new GatewayApplication();
        Bootstrap<GatewayConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        return new YamlConfigurationFactory<>(GatewayConfiguration.class, Validators.newValidator(), bootstrap.getObjectMapper(), "dw")
                .build(bootstrap.getConfigurationSourceProvider(), file);
    }

    /** The gateway's own keys (not Dropwizard's server, logging, metrics), as Jackson writes them. */
    private static JsonNode ownKeys(GatewayConfiguration config) throws IllegalAccessException {
        ObjectNode keys = JSON.createObjectNode();
        for (Field field : GatewayConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(JsonProperty.class)) {
                keys.set(field.getName(), JSON.valueToTree(field.get(config)));
            }
        }
        return keys;
    }

    private static void missingPaths(JsonNode expected, JsonNode written, String prefix, List<String> missing) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            if (written == null || !written.has(field.getKey())) {
                missing.add(path);
            } else if (field.getValue().isObject()) {
                missingPaths(field.getValue(), written.get(field.getKey()), path + ".", missing);
            }
        }
    }
}
