package zen.gateway.bootstrap.logging;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.LoggingFactory;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import io.dropwizard.logging.common.layout.DropwizardLayoutFactory;
import io.dropwizard.logging.json.AccessJsonLayoutBaseFactory;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.request.logging.layout.LogbackAccessRequestLayoutFactory;
import java.util.Set;

/**
 * {@code LOG_FORMAT=json} makes every appender of the application and request logs that has no layout of its own
 * write one JSON object per line (Dropwizard's JSON layouts, the MDC's {@code request_id} at the top level, the
 * request log with the {@code X-Request-Id} answered); {@code text} (the default) keeps Dropwizard's lines. A layout
 * given in the file ({@code layout: {type: json}}) is kept. Either way, phone numbers are masked in every line.
 */
public final class LogFormat {

    public static final String VARIABLE = "LOG_FORMAT";

    private LogFormat() {}

    /** Applies {@code format} ({@code json} or {@code text}; null is text) to both logs' appenders. */
    public static void apply(String format, LoggingFactory logging, ServerFactory server) {
        boolean json = isJson(format);
        if (logging instanceof DefaultLoggingFactory defaults) {
            defaults.getAppenders().forEach(appender -> events(appender, json));
        }
        if (server instanceof DefaultServerFactory dw && dw.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requests) {
            requests.getAppenders().forEach(appender -> accesses(appender, json));
        }
    }

    static boolean isJson(String format) {
        if (format == null || format.isBlank() || format.trim().equalsIgnoreCase("text")) {
            return false;
        }
        if (format.trim().equalsIgnoreCase("json")) {
            return true;
        }
        throw new IllegalArgumentException(VARIABLE + " is json or text, not '" + format + "'");
    }

    private static void events(AppenderFactory<ILoggingEvent> appender, boolean json) {
        if (!(appender instanceof AbstractAppenderFactory<ILoggingEvent> configurable) || configurable.getLayout() instanceof MaskingLayoutFactory) {
            return;
        }
        @SuppressWarnings("unchecked")
        DiscoverableLayoutFactory<ILoggingEvent> own = (DiscoverableLayoutFactory<ILoggingEvent>) configurable.getLayout();
        String pattern = configurable.getLogFormat();
        if (own != null) {
            configurable.setLayout(new MaskingLayoutFactory<>(own::build));
        } else if (json) {
            EventJsonLayoutBaseFactory layout = new EventJsonLayoutBaseFactory();
            layout.setFlattenMdc(true); // request_id beside message, where log search tools look first
            configurable.setLayout(new MaskingLayoutFactory<>(layout::build));
        } else {
            configurable.setLayout(new MaskingLayoutFactory<>((context, zone) -> {
                var text = new DropwizardLayoutFactory().build(context, zone);
                if (pattern != null && !pattern.isBlank()) {
                    text.setPattern(pattern);
                }
                return text;
            }));
        }
    }

    private static void accesses(AppenderFactory<IAccessEvent> appender, boolean json) {
        if (!(appender instanceof AbstractAppenderFactory<IAccessEvent> configurable) || configurable.getLayout() instanceof MaskingLayoutFactory) {
            return;
        }
        @SuppressWarnings("unchecked")
        DiscoverableLayoutFactory<IAccessEvent> own = (DiscoverableLayoutFactory<IAccessEvent>) configurable.getLayout();
        String pattern = configurable.getLogFormat();
        if (own != null) {
            configurable.setLayout(new MaskingLayoutFactory<>(own::build));
        } else if (json) {
            AccessJsonLayoutBaseFactory layout = new AccessJsonLayoutBaseFactory();
            layout.setResponseHeaders(Set.of("X-Request-Id"));
            configurable.setLayout(new MaskingLayoutFactory<>(layout::build));
        } else {
            configurable.setLayout(new MaskingLayoutFactory<>((context, zone) -> {
                var text = new LogbackAccessRequestLayoutFactory().build(context, zone);
                if (pattern != null && !pattern.isBlank()) {
                    text.setPattern(pattern);
                }
                return text;
            }));
        }
    }
}
