package org.stadtkern.core.internal.health;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.disk}; defaults repeated in etc/org.stadtkern.disk.cfg. */
@ObjectClassDefinition(name = "Stadtkern disk space",
        description = "When /health warns about the disk that holds the runtime's data, and when it is down.")
public @interface DiskConfig {

    @AttributeDefinition(name = "Warning (percent free)",
            description = "Below this share of free space /health names a warning (still UP).")
    int warning_percent() default 10;

    @AttributeDefinition(name = "Minimum (MB free)",
            description = "Below this much free space /health is DOWN: the database and the broker may fail to write.")
    long minimum_mb() default 256;
}
