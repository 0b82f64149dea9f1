package org.stadtkern.cocreation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Co-creation fund settings, PID {@code org.stadtkern.cocreation}; each default is repeated in
 * {@code org.stadtkern.cocreation.cfg} (src/main/etc/, installed into etc/).
 */
@ObjectClassDefinition(name = "Stadtkern Co-creation fund", description = "Settings of the co-creation fund.")
public @interface CocreationConfig {

    @AttributeDefinition(name = "Cap per project", description = "The most one project may get, in euros, "
            + "for a call that names no cap of its own.", min = "1")
    int cap() default 50000;

    @AttributeDefinition(name = "Implementation period", description = "Months a funded project runs from its "
            + "start, for a call that names no period of its own.", min = "1", max = "60")
    int implementation_months() default 8;

    @AttributeDefinition(name = "Score scale", description = "The top of the jury's score scale (scores run "
            + "from 0), for a call that names no scale of its own.", min = "1", max = "100")
    int score_max() default 10;

    @AttributeDefinition(name = "Open tenant", description = "The tenant whose open call and funded projects "
            + "anonymous visitors see; empty for the runtime's default tenant.")
    String public_tenant() default "";
}
