package org.stadtkern.sovereignty.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Runtime-wide settings of data sovereignty, PID {@code org.stadtkern.sovereignty}. */
@ObjectClassDefinition(name = "Stadtkern data sovereignty",
        description = "Purposes, the treatment of data without a dataset, retention runs, the controller.")
public @interface SovereigntyConfig {

    @AttributeDefinition(name = "Purposes", description = "The controlled list of purposes (comma-separated) "
            + "that datasets, grants and requests may name.")
    String purposes() default "public-information,traffic-planning,transport-operations,research,statistics";

    @AttributeDefinition(name = "Unassigned data", description = "Classification of Datastreams that name no "
            + "dataset: internal (default) or open.")
    String unassigned_classification() default "internal";

    @AttributeDefinition(name = "Retention interval (hours)", description = "How often the retention run goes.")
    int retention_interval_hours() default 24;

    @AttributeDefinition(name = "Controller", description = "Name and address of the controller (GDPR Art. 30 a).")
    String controller() default "";

    @AttributeDefinition(name = "Controller contact", description = "E-mail or phone of the controller.")
    String controller_contact() default "";

    @AttributeDefinition(name = "Data protection officer", description = "Contact of the DPO (Art. 30 a).")
    String dpo_contact() default "";
}
