package org.stadtkern.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.demo}; defaults repeated in etc/org.stadtkern.demo.cfg. */
@ObjectClassDefinition(name = "Stadtkern demo city",
        description = "Simulated environment sensors in Oberhausen and, with Hin & Weg, buses with "
                + "passenger counters, publishing over MQTT.")
public @interface DemoConfig {

    @AttributeDefinition(name = "Period (ms)", description = "Time between two readings of each sensor.")
    long period() default 10_000;

    @AttributeDefinition(name = "Door events topic",
            description = "Where the demo buses' door counters publish; door.events.topic of org.stadtkern.hinweg.")
    String door_events_topic() default "hinweg/door-events";

    @AttributeDefinition(name = "Stop counts topic",
            description = "Where the demo stops' people counters publish; stop.counts.topic of org.stadtkern.hinweg.")
    String stop_counts_topic() default "hinweg/stop-counts";

    @AttributeDefinition(name = "Presence topic",
            description = "Where the demo sites' desk and room sensors publish; presence.topic of "
                    + "org.stadtkern.remotework.")
    String presence_topic() default "remotework/presence";
}
