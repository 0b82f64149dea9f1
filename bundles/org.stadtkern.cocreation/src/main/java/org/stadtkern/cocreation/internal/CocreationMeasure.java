package org.stadtkern.cocreation.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Projects;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * The measure Co-creation fund, as {@code /health} and {@code stadtkern:status} list it. Registered only once
 * its stores are (which needs the migrated schema): ready means ready. {@code @MeasureBundle} tells the
 * runtime from the moment the bundle is installed that it is a measure's and which paths it serves:
 * {@code /health} is 503 and those paths answer 503 with {@code Retry-After} until all of it is up.
 */
@MeasureBundle(value = CocreationMeasure.ID, paths = {"/api/cocreation/", "/cocreation/"},
        pages = {"/cocreation/index.html", "/api/cocreation/projects", "/api/cocreation/calls"})
@Component(service = Measure.class)
public final class CocreationMeasure implements Measure {

    /** The measure's id: route ids, PID, schema, feature and API path derive from it. */
    public static final String ID = "cocreation";

    /** The applicants' personal data: staff and, for their assigned proposals, jury members. */
    public static final String APPLICANTS = "cocreation-applicants";
    /** The jury's scores and the proposals under review: internal. */
    public static final String REVIEWS = "cocreation-reviews";
    /** The funded projects as published: open data. */
    public static final String PROJECTS = "cocreation-projects";

    /** Registered once its stores are, which wait for the migrated schema; nothing is kept. */
    @Activate
    public CocreationMeasure(@Reference Calls calls, @Reference Proposals proposals, @Reference Reviews reviews,
            @Reference Projects projects) {
        // ready means ready: /health lists this measure only when it can store
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Smart-City-Fonds";
    }

    @Override
    public Set<String> datasets() {
        return Set.of(APPLICANTS, REVIEWS, PROJECTS);
    }
}
