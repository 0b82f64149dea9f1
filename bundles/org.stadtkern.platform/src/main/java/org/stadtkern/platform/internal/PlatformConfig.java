package org.stadtkern.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.platform}; defaults repeated in etc/org.stadtkern.platform.cfg. */
@ObjectClassDefinition(name = "Stadtkern urban data platform",
        description = "MQTT ingestion and storage of sensor observations.")
public @interface PlatformConfig {

    @AttributeDefinition(name = "Observation topic root",
            description = "Observations are published to <root>/<datastream>; everything below <root>/# is read, "
                    + "other topics there are dead-lettered.")
    String topic_root() default "stadtkern/observations";

    @AttributeDefinition(name = "Largest payload (bytes)",
            description = "Larger MQTT messages and HTTP bodies are rejected.")
    int payload_max() default 65536;

    @AttributeDefinition(name = "Insert batch size",
            description = "Most observations written in one transaction.")
    int batch_size() default 1000;
}
