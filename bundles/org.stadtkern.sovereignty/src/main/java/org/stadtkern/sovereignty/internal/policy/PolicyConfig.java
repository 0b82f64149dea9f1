package org.stadtkern.sovereignty.internal.policy;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The policy of one dataset: factory PID {@code org.stadtkern.sovereignty.policy}, one
 * etc/org.stadtkern.sovereignty.policy-&lt;dataset&gt;.cfg per dataset. A dataset without a policy is
 * internal to its tenant.
 */
@ObjectClassDefinition(name = "Stadtkern dataset policy",
        description = "Who owns a dataset, what it may be used for, how long it is kept, who may read it.")
public @interface PolicyConfig {

    @AttributeDefinition(name = "Dataset", description = "The dataset's name (as in the catalog and in "
            + "Datastreams' properties.dataset).")
    String dataset();

    @AttributeDefinition(name = "Tenant", description = "The municipality the dataset belongs to; empty for the "
            + "runtime's default tenant.", required = false)
    String tenant() default "";

    @AttributeDefinition(name = "Classification", description = "open, internal or personal.")
    String classification() default "internal";

    @AttributeDefinition(name = "Licence", description = "A dcat-ap.de licence URI.")
    String license() default "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

    @AttributeDefinition(name = "Purposes", description = "Comma-separated, from the controlled list.")
    String purposes() default "";

    @AttributeDefinition(name = "Legal basis", description = "e.g. Art. 6 (1) e GDPR with the state law.",
            required = false)
    String legal_basis() default "";

    @AttributeDefinition(name = "Retention", description = "ISO 8601 duration data is kept (P90D); empty: no limit.",
            required = false)
    String retention() default "";

    @AttributeDefinition(name = "Retention action", description = "delete, or aggregate (then delete raw data).")
    String retention_action() default "delete";

    @AttributeDefinition(name = "Aggregate resolution", description = "ISO 8601 duration of one aggregate (PT1H).")
    String retention_resolution() default "PT1H";

    @AttributeDefinition(name = "Count rule", description = "none, suppress (counts below k hidden) or round "
            + "(to a multiple of base).")
    String count_rule() default "none";

    @AttributeDefinition(name = "k", description = "Counts below k are suppressed (count rule suppress).")
    int count_k() default 3;

    @AttributeDefinition(name = "Base", description = "Counts are rounded to a multiple of it (count rule round).")
    int count_base() default 5;

    @AttributeDefinition(name = "Data owner", description = "User (of the realm) who owns the dataset.")
    String owner() default "";

    @AttributeDefinition(name = "Data subjects", description = "Categories of data subjects (Art. 30 c).",
            required = false)
    String data_subjects() default "";

    @AttributeDefinition(name = "Data categories", description = "Categories of personal data (Art. 30 c).",
            required = false)
    String data_categories() default "";

    @AttributeDefinition(name = "Recipients", description = "Categories of recipients (Art. 30 d).", required = false)
    String recipients() default "";

    @AttributeDefinition(name = "Third-country transfers", description = "Transfers to third countries (Art. 30 e).",
            required = false)
    String transfers() default "none";

    @AttributeDefinition(name = "Security measures", description = "Technical and organisational measures "
            + "(Art. 30 g).", required = false)
    String security_measures() default "";
}
