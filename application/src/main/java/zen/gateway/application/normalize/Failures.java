package zen.gateway.application.normalize;

import zen.gateway.domain.message.Failure;

/** A failure from whatever code and reason a BSP gave; none when it gave neither. */
final class Failures {

    private Failures() {}

    static Failure of(String code, String reason) {
        return code == null && reason == null ? null : new Failure(code, reason);
    }
}
