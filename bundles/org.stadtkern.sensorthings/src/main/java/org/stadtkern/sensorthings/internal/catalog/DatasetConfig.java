package org.stadtkern.sensorthings.internal.catalog;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One dataset of the catalog: factory PID {@code org.stadtkern.catalog.dataset}, one
 * etc/org.stadtkern.catalog.dataset-&lt;name&gt;.cfg per dataset. A Datastream belongs to the dataset
 * its properties name ({@code "properties": {"dataset": "<id>"}}).
 */
@ObjectClassDefinition(name = "Stadtkern dataset", description = "A dataset of the open data catalog.")
public @interface DatasetConfig {

    @AttributeDefinition(name = "Id", description = "Letters, digits and dashes; Datastreams name it.")
    String id();

    @AttributeDefinition(name = "Title")
    String title();

    @AttributeDefinition(name = "Description")
    String description();

    @AttributeDefinition(name = "Keywords", description = "Comma-separated.", required = false)
    String keywords() default "";

    @AttributeDefinition(name = "Theme", description = "EU data theme URI, "
            + "e.g. http://publications.europa.eu/resource/authority/data-theme/ENVI", required = false)
    String theme() default "";

    @AttributeDefinition(name = "Licence", description = "A dcat-ap.de licence URI.")
    String license() default "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

    @AttributeDefinition(name = "Attribution", description = "Text to name when using the data (for BY licences).",
            required = false)
    String license_attribution() default "";

    @AttributeDefinition(name = "Contact name", required = false)
    String contact_name() default "";

    @AttributeDefinition(name = "Contact e-mail", required = false)
    String contact_email() default "";

    @AttributeDefinition(name = "Downloads", description = "Distributions besides the SensorThings API, "
            + "comma-separated, each a path of the runtime and its media type: '/api/cocreation/projects?format=csv "
            + "text/csv, /api/cocreation/projects application/json'.", required = false)
    String downloads() default "";
}
