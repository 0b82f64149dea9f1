package org.stadtkern.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.core}; defaults repeated in etc/org.stadtkern.core.cfg. */
@ObjectClassDefinition(name = "Stadtkern core",
        description = "Tenant, MQTT broker and route supervision of the Stadtkern runtime.")
public @interface CoreConfig {

    @AttributeDefinition(name = "Default tenant",
            description = "Municipality that data belongs to when its source names none.")
    String tenant() default "oberhausen";

    @AttributeDefinition(name = "MQTT broker URL",
            description = "tcp://host:port or ssl://host:port. The embedded broker listens on tcp://localhost:1883; "
                    + "point this at an external broker to use that instead.")
    String mqtt_url() default "tcp://localhost:1883";

    @AttributeDefinition(name = "MQTT user", description = "User the runtime connects to the broker as.")
    String mqtt_username() default "stadtkern";

    @AttributeDefinition(name = "MQTT password", type = AttributeType.PASSWORD, required = false,
            description = "Password of the MQTT user at an external broker, best as $[env:NAME] or $[secret:file]. "
                    + "Empty: the runtime puts its user into the realm with a new random password at each start "
                    + "(the embedded broker).")
    String mqtt_password() default "";

    @AttributeDefinition(name = "Route restart delay (ms)",
            description = "First delay before a route that failed to start (broker down) is started again; "
                    + "doubles up to one minute.")
    long route_restart_delay() default 2000;
}
