package zen.gateway.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.spi.DeferredProcessingAware;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.TimeZone;
import java.util.function.BiFunction;

/**
 * Any layout, with phone numbers masked in every line it writes ({@link PhoneNumbers}): masking the finished line
 * covers the message, the arguments, the MDC and a stack trace's messages alike, whatever the format.
 */
final class MaskingLayoutFactory<E extends DeferredProcessingAware> implements DiscoverableLayoutFactory<E> {

    private final BiFunction<LoggerContext, TimeZone, LayoutBase<E>> delegate;

    MaskingLayoutFactory(BiFunction<LoggerContext, TimeZone, LayoutBase<E>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public LayoutBase<E> build(LoggerContext context, TimeZone timeZone) {
        LayoutBase<E> inner = delegate.apply(context, timeZone);
        LayoutBase<E> masking = new LayoutBase<>() {
            @Override
            public String doLayout(E event) {
                return PhoneNumbers.mask(inner.doLayout(event));
            }

            @Override
            public String getContentType() {
                return inner.getContentType();
            }

            @Override
            public void start() {
                inner.start();
                super.start();
            }

            @Override
            public void stop() {
                super.stop();
                inner.stop();
            }
        };
        masking.setContext(context);
        return masking;
    }
}
