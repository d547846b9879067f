package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import zen.gateway.adapter.outbound.http.HttpSenderSettings;
import zen.gateway.domain.delivery.RetrySchedule;

/**
 * How events are forwarded to customer endpoints. The defaults are the existing deployment's: 3 attempts,
 * 3 seconds apart; {@code multiplier: 2} (and some {@code jitter}) makes the schedule exponential.
 */
public class ForwardingConfig {

    @Min(1) @Max(10_000)
    @JsonProperty
    public int maxInFlight = 100;

    /** Sends to one endpoint on the wire or waiting for a place there: a slow receiver takes only this share. */
    @Min(1) @Max(10_000)
    @JsonProperty
    public int maxInFlightPerEndpoint = HttpSenderSettings.DEFAULT_MAX_IN_FLIGHT_PER_ENDPOINT;

    /** Longest a send waits for room (its endpoint's share, then the wire) before it is put off, unattempted. */
    @NotNull
    @JsonProperty
    public Duration endpointWaitBudget = Duration.milliseconds(HttpSenderSettings.DEFAULT_ENDPOINT_WAIT_BUDGET.toMillis());

    @NotNull
    @JsonProperty
    public Duration connectTimeout = Duration.seconds(5);

    @NotNull
    @JsonProperty
    public Duration requestTimeout = Duration.seconds(15);

    @Min(1) @Max(100)
    @JsonProperty
    public int maxAttempts = 3;

    @NotNull
    @JsonProperty
    public Duration initialDelay = Duration.seconds(3);

    @DecimalMin("1.0") @DecimalMax("10.0")
    @JsonProperty
    public double multiplier = 1.0;

    @NotNull
    @JsonProperty
    public Duration maxDelay = Duration.hours(1);

    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double jitter = 0.0;

    /** Consecutive failures that open a URL's circuit breaker. */
    @Min(1)
    @JsonProperty
    public int breakerFailureThreshold = 10;

    /** How long an open breaker waits before letting a trial request through. */
    @NotNull
    @JsonProperty
    public Duration breakerOpenDuration = Duration.minutes(5);

    /** A call slower than this counts as slow, even when it succeeds. */
    @NotNull
    @JsonProperty
    public Duration breakerSlowCallDuration = Duration.seconds(HttpSenderSettings.DEFAULT_BREAKER_SLOW_CALL_DURATION.toSeconds());

    /** Percentage of slow calls among the last {@code breakerFailureThreshold} that opens the breaker. */
    @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("100.0")
    @JsonProperty
    public float breakerSlowCallRate = HttpSenderSettings.DEFAULT_BREAKER_SLOW_CALL_RATE;

    /** Trial requests a half-open breaker lets through; as many successes close it. One: a receiver back up is back. */
    @Min(1) @Max(100)
    @JsonProperty
    public int breakerTrialCalls = 1;

    /**
     * Networks endpoints may be on although they are private (CIDRs). Also read from
     * {@code ZEN_FORWARDING_ALLOWED_NETWORKS}, comma-separated (see {@link #senderSettings}).
     */
    @NotNull
    @JsonProperty
    public List<String> allowedNetworks = new ArrayList<>();

    /** How long a claimed delivery is reserved; after a crash it is attempted again when this ends. */
    @NotNull
    @JsonProperty
    public Duration lease = Duration.seconds(60);

    /** How often the embedded scheduler looks for retries that fell due, when nothing wakes it earlier. */
    @NotNull
    @JsonProperty
    public Duration pollInterval = Duration.milliseconds(250);

    public RetrySchedule schedule() {
        java.time.Duration initial = initialDelay.toJavaDuration();
        java.time.Duration max = maxDelay.toJavaDuration().compareTo(initial) < 0 ? initial : maxDelay.toJavaDuration();
        return new RetrySchedule(maxAttempts, initial, multiplier, max, jitter);
    }

    /** The outbound HTTP client's settings; the allowed networks are the file's and {@code ZEN_FORWARDING_ALLOWED_NETWORKS}'. */
    public HttpSenderSettings senderSettings(EnvironmentVariables environment) {
        List<String> networks = new ArrayList<>(allowedNetworks);
        networks.addAll(environment.list(EnvironmentVariables.FORWARDING_ALLOWED_NETWORKS));
        return new HttpSenderSettings(connectTimeout.toJavaDuration(), requestTimeout.toJavaDuration(), maxInFlight,
                maxInFlightPerEndpoint, endpointWaitBudget.toJavaDuration(), breakerFailureThreshold,
                breakerSlowCallDuration.toJavaDuration(), breakerSlowCallRate, breakerOpenDuration.toJavaDuration(),
                breakerTrialCalls, networks, HttpSenderSettings.DEFAULT_USER_AGENT);
    }
}
