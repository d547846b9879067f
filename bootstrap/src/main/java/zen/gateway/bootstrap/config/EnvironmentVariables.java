package zen.gateway.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every environment variable the gateway reads, named once here (the README's configuration table lists the same).
 * The names are the existing deployment's. A value in the configuration file wins over the environment, so that a
 * file means what it says; {@code SERVER_PORT} and {@code ADMIN_PORT} are read by the bundled file's
 * {@code ${VAR:-default}} substitution instead, since they configure Dropwizard's own server. Immutable.
 */
public final class EnvironmentVariables {

    public static final String DATA_DIR = "ZEN_DATA_DIR";
    public static final String DATABASE_URL = "DATABASE_URL";
    public static final String MONGO_URI = "MONGO_URI";
    public static final String DATABASE_NAME = "DATABASE_NAME";
    public static final String RABBITMQ_URL = "RABBITMQ_URL";
    public static final String REDIS_URL = "REDIS_URL";
    public static final String FORWARDING_ALLOWED_NETWORKS = "ZEN_FORWARDING_ALLOWED_NETWORKS";
    public static final String PUBLIC_BASE_URL = "ZEN_PUBLIC_BASE_URL";
    public static final String META_VERIFY_TOKEN = "ZEN_META_VERIFY_TOKEN";
    public static final String META_APP_SECRET = "ZEN_META_APP_SECRET";
    public static final String TWILIO_AUTH_TOKEN = "ZEN_TWILIO_AUTH_TOKEN";
    public static final String AISENSY_SECRET = "ZEN_AISENSY_SECRET";
    public static final String WEBHOOKS_ALLOW_UNVERIFIED = "ZEN_WEBHOOKS_ALLOW_UNVERIFIED";
    public static final String ADMIN_TOKEN = "ZEN_ADMIN_TOKEN";
    public static final String MASTER_KEY = "ZEN_MASTER_KEY";
    public static final String ADMIN_BIND = "ADMIN_BIND";
    public static final String LOG_FORMAT = "LOG_FORMAT";

    private final Map<String, String> values;

    public EnvironmentVariables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static EnvironmentVariables ofProcess() {
        return new EnvironmentVariables(System.getenv());
    }

    /** The variable's value, trimmed; empty when unset or blank. */
    public Optional<String> value(String variable) {
        String value = values.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The file's value when it has one, else the variable's, else {@code otherwise}. */
    public String firstSet(String configured, String variable, String otherwise) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return value(variable).orElse(otherwise);
    }

    /** A comma-separated variable as a list, blanks dropped. */
    public List<String> list(String variable) {
        List<String> items = new ArrayList<>();
        value(variable).ifPresent(all -> {
            for (String item : all.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        });
        return items;
    }
}
