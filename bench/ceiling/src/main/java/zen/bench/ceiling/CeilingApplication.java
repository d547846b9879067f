package zen.bench.ceiling;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/**
 * The ceiling of the benchmark: a Dropwizard application that does nothing but read a webhook body and answer
 * 200, so that whatever it reaches on this machine is what Jetty, Jersey and the JVM cost by themselves. The same
 * process doubles as the delivery sink of the end-to-end step ({@code POST /sink/{endpoint}}, {@code GET /count}) and
 * as the Meta Cloud API the send and campaign steps send to ({@code POST /{version}/{phone_number_id}/messages}).
 */
public final class CeilingApplication extends Application<Configuration> {

    public static void main(String[] args) throws Exception {
        new CeilingApplication().run(args);
    }

    @Override
    public String getName() {
        return "bench-ceiling";
    }

    @Override
    public void initialize(Bootstrap<Configuration> bootstrap) {
        // ports come from SERVER_PORT / ADMIN_PORT, as for the gateway's bundled configuration
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        DeliveryCounter counter = new DeliveryCounter();
        environment.jersey().register(new WebhookAckResource());
        environment.jersey().register(new SinkResource(counter));
        environment.jersey().register(new MetaStandInResource(new SendCounter()));
    }
}
