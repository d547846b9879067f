package zen.gateway.adapter.amqp.broker;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.impl.nio.NioParams;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The transport's connections to the broker, one per {@link Role}, each recovering by itself after the broker went
 * away (queues and consumers declared again). Thread-safe.
 */
public final class BrokerConnections implements AutoCloseable {

    /**
     * What each connection is for. Forwarding has its own, as the existing deployment does, so that a backlog of
     * deliveries never slows down ingest; publishing and consuming webhooks are apart so that a blocked publisher
     * (a broker alarm) does not stop processing what is queued. Sends have their own as well: a campaign's sends
     * waiting in the send queue and its delay queues never hold up webhooks or deliveries, nor do they hold up sends.
     */
    public enum Role {
        PUBLISH, CONSUME, FORWARD, SEND;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final System.Logger LOG = System.getLogger(BrokerConnections.class.getName());

    private final RabbitSettings settings;
    private final Map<Role, Connection> connections;

    private BrokerConnections(RabbitSettings settings, Map<Role, Connection> connections) {
        this.settings = settings;
        this.connections = connections;
    }

    /** Opens every connection; fails, closing what it opened, if the broker cannot be reached now. */
    public static BrokerConnections open(RabbitSettings settings) throws IOException, TimeoutException {
        ConnectionFactory factory = factory(settings);
        Map<Role, Connection> opened = new EnumMap<>(Role.class);
        try {
            for (Role role : Role.values()) {
                opened.put(role, factory.newConnection(nameOf(settings, role)));
            }
            return new BrokerConnections(settings, opened);
        } catch (IOException | TimeoutException | RuntimeException e) {
            opened.values().forEach(BrokerConnections::closeQuietly);
            throw e;
        }
    }

    private static ConnectionFactory factory(RabbitSettings settings) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(settings.uri());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a usable RabbitMQ URI: " + settings, e);
        }
        // amqp-client reads "amqp://host:5672/" as the vhost "" (which does not exist); the existing deployment and
        // DESIGN.md write it for the default vhost "/", so a URI without a vhost name means "/".
        String path = settings.uri().getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            factory.setVirtualHost("/");
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(settings.recoveryInterval().toMillis());
        if (settings.nio()) {
            factory.useNio();
            factory.setNioParams(new NioParams().setNbIoThreads(2));
        }
        return factory;
    }

    public Connection of(Role role) {
        return connections.get(role);
    }

    /** The first connection that is down (it is reconnecting), if any. */
    public Optional<Role> down() {
        return connections.entrySet().stream().filter(e -> !e.getValue().isOpen()).map(Map.Entry::getKey).findFirst();
    }

    /** The names the broker shows for these connections. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        connections.keySet().forEach(role -> names.add(nameOf(settings, role)));
        return names;
    }

    private static String nameOf(RabbitSettings settings, Role role) {
        return settings.connectionName() + "-" + role.label() + settings.nameSuffix();
    }

    @Override
    public void close() {
        connections.values().forEach(BrokerConnections::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection.isOpen()) {
                connection.close(5_000);
            }
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a connection to the broker", e);
        }
    }
}
