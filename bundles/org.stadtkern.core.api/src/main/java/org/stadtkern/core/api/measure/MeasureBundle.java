package org.stadtkern.core.api.measure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Declares in the bundle's manifest that the bundle is a measure's (a capability in the namespace
 * {@value #NAMESPACE}): the runtime then knows the measure from the moment its bundle is installed,
 * not only once its {@link Measure} service is registered. {@code /health} is 503 until every
 * component of the bundle is active and every servlet and resource it registers is served; a
 * request under one of its {@link #paths()} gets 503 with {@code Retry-After} meanwhile, never a 404.
 * Put it on the class that implements {@link Measure}:
 * <pre>
 * &#64;MeasureBundle(value = "fund", paths = "/api/fund/", pages = "/api/fund/calls")
 * &#64;Component(service = Measure.class)
 * public final class FundMeasure implements Measure { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Capability(namespace = MeasureBundle.NAMESPACE)
public @interface MeasureBundle {

    /** The capability namespace, also the attribute that holds the measure's id. */
    String NAMESPACE = "org.stadtkern.measure";

    /** The measure's id, as {@link Measure#id()} returns it. */
    @Attribute(NAMESPACE)
    String value();

    /** The URL paths the measure serves, each a prefix such as {@code /sta/} or {@code /api/hinweg/}. */
    @Attribute
    String[] paths() default {};

    /**
     * Its entry points for people and programs, such as {@code /platform/} or {@code /sta/v1.1}: the
     * landing page at {@code /} links them.
     */
    @Attribute
    String[] pages() default {};
}
