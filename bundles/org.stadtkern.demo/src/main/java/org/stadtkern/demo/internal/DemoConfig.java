package org.stadtkern.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.demo}; defaults repeated in etc/org.stadtkern.demo.cfg. */
@ObjectClassDefinition(name = "Stadtkern demo city",
        description = "Simulated environment sensors in Oberhausen that publish over MQTT.")
public @interface DemoConfig {

    @AttributeDefinition(name = "Period (ms)", description = "Time between two readings of each sensor.")
    long period() default 10_000;

    @AttributeDefinition(name = "Observation topic root",
            description = "Must match topic.root of org.stadtkern.platform.")
    String topic_root() default "stadtkern/observations";
}
