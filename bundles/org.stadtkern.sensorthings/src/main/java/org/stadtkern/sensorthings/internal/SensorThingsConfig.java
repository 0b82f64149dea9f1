package org.stadtkern.sensorthings.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.sensorthings}; defaults repeated in etc/org.stadtkern.sensorthings.cfg. */
@ObjectClassDefinition(name = "Stadtkern SensorThings API",
        description = "The OGC SensorThings API 1.1 of the urban data platform at /sta/v1.1.")
public @interface SensorThingsConfig {

    @AttributeDefinition(name = "Page size",
            description = "Most entities in one response (the largest $top); "
                    + "further entities follow via @iot.nextLink.")
    int page_size() default 100;

    @AttributeDefinition(name = "Scan limit",
            description = "Most rows a query may check one by one in Java (conditions on JSON properties, geometry "
                    + "or date parts); larger queries are refused with 400.")
    int scan_limit() default 100000;

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "Larger create and update requests are refused with 413.")
    int body_max() default 1048576;

    @AttributeDefinition(name = "MQTT notifications",
            description = "Publish created and changed entities to the v1.1/... topics (and the retained latest "
                    + "Observation per Datastream); off saves broker work where nobody subscribes.")
    boolean mqtt_notifications() default true;

    @AttributeDefinition(name = "Public base URL",
            description = "The URL clients reach the service root's parent under, e.g. https://data.example.de/sta; "
                    + "empty to take it from each request (no reverse proxy).")
    String base_url() default "";

    @AttributeDefinition(name = "Anonymous writes", description = "Whether creates, updates and deletes over HTTP "
            + "need no login (only for tests such as the OGC conformance suite; by default they need the role "
            + "operator).")
    boolean anonymous_writes() default false;
}
