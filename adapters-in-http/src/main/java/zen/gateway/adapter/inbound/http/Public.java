package zen.gateway.adapter.inbound.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that needs no key, and why ({@code value}): health probes and the like. Every route carries either this
 * or {@code @RolesAllowed}; a test fails the build for a route with neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
    String value();
}
