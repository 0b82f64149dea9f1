package org.stadtkern.sovereignty.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Runtime-wide settings of data sovereignty, PID {@code org.stadtkern.sovereignty}. */
@ObjectClassDefinition(name = "Stadtkern data sovereignty",
        description = "Purposes and the treatment of data without a dataset.")
public @interface SovereigntyConfig {

    @AttributeDefinition(name = "Purposes", description = "The controlled list of purposes (comma-separated) "
            + "that datasets, grants and requests may name.")
    String purposes() default "public-information,traffic-planning,transport-operations,research,statistics";

    @AttributeDefinition(name = "Unassigned data", description = "Classification of Datastreams that name no "
            + "dataset: internal (default) or open.")
    String unassigned_classification() default "internal";
}
