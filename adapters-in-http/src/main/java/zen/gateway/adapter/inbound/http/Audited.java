package zen.gateway.adapter.inbound.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that changes something, recorded in the audit trail whatever its answer: the key's id, the project, the
 * {@code value} (the action, e.g. {@code endpoint.update}), the target and the status answered. The target is the
 * path parameter named {@code target}, else the answer's field of that name. The project is a project key's own; for
 * an admin key, the path's or the query's {@code project_owner_id}, else the answer's. Every route that is not a GET
 * carries it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The action, {@code <thing>.<verb>}. */
    String value();

    /** A path parameter or a field of the answer that names what was changed. */
    String target() default "id";
}
