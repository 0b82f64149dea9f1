package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * ${title} settings, PID {@code ${artifactId}}; each default is repeated in
 * {@code ${artifactId}.cfg} (src/main/etc/, installed into etc/).
 */
@ObjectClassDefinition(name = "Stadtkern ${title}", description = "Settings of the measure ${title}.")
public @interface ${Measure}Config {

    @AttributeDefinition(name = "Most items", description = "Most items one tenant may keep.", min = "1")
    int items_max() default 1000;
}
