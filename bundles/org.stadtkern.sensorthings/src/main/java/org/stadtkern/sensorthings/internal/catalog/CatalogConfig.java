package org.stadtkern.sensorthings.internal.catalog;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.catalog}; defaults repeated in etc/org.stadtkern.catalog.cfg. */
@ObjectClassDefinition(name = "Stadtkern open data catalog",
        description = "The DCAT-AP.de catalog of the urban data platform at /catalog.")
public @interface CatalogConfig {

    @AttributeDefinition(name = "Catalog title")
    String title() default "Offene Daten der Stadt";

    @AttributeDefinition(name = "Catalog description")
    String description() default "Sensor- und Stadtdaten der urbanen Datenplattform.";

    @AttributeDefinition(name = "Publisher name",
            description = "The body that publishes the data, e.g. Stadt Oberhausen.")
    String publisher_name() default "Stadt Oberhausen";

    @AttributeDefinition(name = "Publisher URI", description = "A URI identifying the publisher (its web site).")
    String publisher_uri() default "https://www.oberhausen.de/";

    @AttributeDefinition(name = "GovData contributor ID",
            description = "The dcatde:contributorID URI GovData assigned to the city (dcat-ap.de/def/contributors); "
                    + "empty if the catalog is not harvested by GovData.")
    String contributor_id() default "";

    @AttributeDefinition(name = "Default dataset",
            description = "Id of the dataset of Datastreams whose properties name no 'dataset'.")
    String default_dataset() default "sensor-data";

    @AttributeDefinition(name = "Public base URL",
            description = "The URL the runtime is reached under, e.g. https://daten.example.de; empty to take it "
                    + "from each request.")
    String base_url() default "";
}
