package zen.gateway.application.port.inbound.retention;

import java.util.Map;

/** Removes everything older than its retention period now, and says how much of each kind it removed. */
public interface PurgeExpiredUseCase {

    /** Records removed per kind ({@code messages}, {@code conversations}, ...), in a stable order. */
    Map<String, Long> purgeExpired();
}
