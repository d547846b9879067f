package zen.gateway.bootstrap.config;

import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code classpath:NAME} from the jar and anything else from the file system, so that the bundled default
 * configuration and an operator's file go through the same environment-variable substitution.
 */
public final class DefaultConfigurationSource implements ConfigurationSourceProvider {

    static final String BUNDLED = "classpath:zen-default.yml";

    private final ConfigurationSourceProvider files = new FileConfigurationSourceProvider();
    private final ConfigurationSourceProvider resources = new ResourceConfigurationSourceProvider();

    @Override
    public InputStream open(String path) throws IOException {
        if (path.startsWith("classpath:")) {
            return resources.open(path.substring("classpath:".length()));
        }
        return files.open(path);
    }

    /** {@code server} alone means {@code server} with the bundled configuration. */
    public static String[] withDefaultFile(String[] args) {
        if (args.length == 1 && (args[0].equals("server") || args[0].equals("check"))) {
            return new String[] {args[0], BUNDLED};
        }
        return args;
    }
}
