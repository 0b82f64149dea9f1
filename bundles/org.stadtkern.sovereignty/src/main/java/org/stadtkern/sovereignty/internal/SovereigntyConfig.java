package org.stadtkern.sovereignty.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Runtime-wide settings of data sovereignty, PID {@code org.stadtkern.sovereignty}. */
@ObjectClassDefinition(name = "Stadtkern data sovereignty",
        description = "Purposes, the treatment of data without a dataset, the daily retention run.")
public @interface SovereigntyConfig {

    @AttributeDefinition(name = "Purposes", description = "The controlled list of purposes (comma-separated) "
            + "that datasets, grants and requests may name.")
    String purposes() default "public-information,traffic-planning,transport-operations,research,statistics,"
            + "funding-administration,booking";

    @AttributeDefinition(name = "Unassigned data", description = "Classification of Datastreams that name no "
            + "dataset: internal (default) or open.")
    String unassigned_classification() default "internal";

    @AttributeDefinition(name = "Controller", description = "Name and contact of the controller (GDPR Art. 30 "
            + "(1) a), e.g. the city administration's address.", required = false)
    String controller() default "Stadt Oberhausen, Der Oberb\u00fcrgermeister, Schwartzstra\u00dfe 72, "
            + "46045 Oberhausen";

    @AttributeDefinition(name = "Data protection officer", description = "Contact of the data protection officer "
            + "(Art. 30 (1) a).", required = false)
    String data_protection_officer() default "Datenschutzbeauftragte(r) der Stadt: Kontakt hier eintragen";

    @AttributeDefinition(name = "Retention run", description = "Local time of day (HH:mm) of the daily retention "
            + "run; empty: no scheduled run (sovereignty:retention still works).", required = false)
    String retention_at() default "03:15";
}
