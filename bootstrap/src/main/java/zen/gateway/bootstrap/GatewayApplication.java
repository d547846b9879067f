package zen.gateway.bootstrap;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import zen.gateway.bootstrap.config.DefaultConfigurationSource;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The ZEN Messaging Gateway: {@code java -jar zen-gateway.jar server [config.yml]}. */
public final class GatewayApplication extends Application<GatewayConfiguration> {

    public static void main(String[] args) throws Exception {
        new GatewayApplication().run(DefaultConfigurationSource.withDefaultFile(args));
    }

    @Override
    public String getName() {
        return "zen-gateway";
    }

    @Override
    public void initialize(Bootstrap<GatewayConfiguration> bootstrap) {
        // ISO-8601 instants in every answer, as the API documents, not epoch numbers
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        bootstrap.setConfigurationSourceProvider(
                new SubstitutingSourceProvider(new DefaultConfigurationSource(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(GatewayConfiguration configuration, Environment environment) {
        Gateway.assemble(configuration, environment);
    }
}
