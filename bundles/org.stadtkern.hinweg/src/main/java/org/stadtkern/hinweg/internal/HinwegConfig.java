package org.stadtkern.hinweg.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Hin &amp; Weg settings, PID {@code org.stadtkern.hinweg} (etc/org.stadtkern.hinweg.cfg). */
@ObjectClassDefinition(name = "Stadtkern Hin & Weg", description = "Passenger counting and occupancy.")
public @interface HinwegConfig {

    @AttributeDefinition(name = "Door event topic", description = "MQTT topic door counters publish to.")
    String door_events_topic() default "hinweg/door-events";

    @AttributeDefinition(name = "Stop count topic", description = "MQTT topic the people counters at stops "
            + "publish to.")
    String stop_counts_topic() default "hinweg/stop-counts";

    @AttributeDefinition(name = "Busy stop", description = "People waiting from which a stop counts as busy.")
    int crowding_busy() default 15;

    @AttributeDefinition(name = "Crowded stop", description = "People waiting from which a stop counts as crowded.")
    int crowding_crowded() default 40;

    @AttributeDefinition(name = "Topic root", description = "Retained occupancy messages go to "
            + "<root>/vehicles/<vehicle>.")
    String topic_root() default "hinweg";

    @AttributeDefinition(name = "Many seats", description = "Share of the seats up to which many seats are free.")
    double occupancy_many_seats() default 0.7;

    @AttributeDefinition(name = "Few seats", description = "Share of the seats up to which a few seats are free.")
    double occupancy_few_seats() default 1.0;

    @AttributeDefinition(name = "Standing room", description = "Share of the standing places up to which there is "
            + "standing room (beyond: crushed).")
    double occupancy_standing_room() default 0.7;

    @AttributeDefinition(name = "Percentage base", description = "The published occupancy percentage is a multiple "
            + "of it, so that single passengers cannot be followed.")
    int occupancy_percentage_base() default 10;

    @AttributeDefinition(name = "Clock tolerance", description = "Seconds a door event may lie in the future "
            + "(clocks of vehicles differ a little).")
    int future_tolerance_seconds() default 120;
}
