package org.stadtkern.remotework.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the remote work sites (PID {@code org.stadtkern.remotework}). */
@ObjectClassDefinition(name = "Stadtkern remote work sites",
        description = "Places to work in the city: live occupancy, booking policy defaults, reports.")
public @interface RemoteworkConfig {

    @AttributeDefinition(name = "Presence topic", description = "The topic on which desk and room sensors "
            + "publish presence: {\"sensor\": \"...\", \"occupied\": true, \"time\": \"...\"}.")
    String presence_topic() default "remotework/presence";

    @AttributeDefinition(name = "Longest booking (minutes)", description = "The longest booking, in minutes, at a "
            + "site whose policy names none.", min = "15")
    int max_minutes() default 600;

    @AttributeDefinition(name = "Upcoming bookings per person", description = "The most upcoming bookings one "
            + "person may hold at a site whose policy names none.", min = "1")
    int max_upcoming() default 10;

    @AttributeDefinition(name = "Days ahead", description = "How many days ahead a booking may start, at a site "
            + "whose policy names none.", min = "1")
    int days_ahead() default 14;

    @AttributeDefinition(name = "Check-in grace (minutes)", description = "Minutes after its start within which "
            + "a booking must be checked in, else it is released as a no-show.", min = "0")
    int grace_minutes() default 15;

    @AttributeDefinition(name = "Sample period (seconds)", description = "Seconds between two samples of every "
            + "site's occupancy for its \"usually busy\" profile.", min = "10")
    int sample_seconds() default 300;

    @AttributeDefinition(name = "Smallest count in reports", description = "Counts below this are not shown in "
            + "reports (suppressed as \"fewer than\").", min = "1")
    int report_minimum() default 5;

    @AttributeDefinition(name = "Public tenant", description = "The tenant whose sites anonymous visitors see and "
            + "book; empty for the runtime's default tenant.")
    String public_tenant() default "";
}
