package zen.gateway.adapter.outbound.redis;

import java.time.Duration;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.redisson.config.ConstantDelay;
import org.redisson.config.EqualJitterDelay;

/** Turns our settings into a Redisson configuration for one Redis server. */
final class RedissonConfigs {

    private RedissonConfigs() {
    }

    static Config singleServer(RedisUrl url, RedisSettings.Timeouts timeouts) {
        Config config = new Config()
                // Every call names its codec; this keeps Redisson's default (Kryo) out of the way regardless.
                .setCodec(StringCodec.INSTANCE)
                // A node makes few, short calls; Redisson's defaults (16 and 32 threads) suit heavy users.
                .setThreads(2)
                .setNettyThreads(4);
        config.useSingleServer()
                .setAddress(url.address())
                .setDatabase(url.database())
                .setClientName("zen-gateway")
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(16)
                .setSubscriptionConnectionMinimumIdleSize(1)
                .setSubscriptionConnectionPoolSize(2)
                .setTimeout(millis(timeouts.command()))
                .setConnectTimeout(millis(timeouts.connect()))
                .setSubscriptionTimeout(millis(timeouts.call()))
                .setRetryAttempts(timeouts.retryAttempts())
                .setRetryDelay(new ConstantDelay(timeouts.retryDelay()))
                // Back after an outage within one reconnect interval, not Redisson's default of up to 10 s.
                .setReconnectionDelay(new EqualJitterDelay(Duration.ofMillis(50), timeouts.reconnect()));
        url.username().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        return config;
    }

    private static int millis(Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }
}
