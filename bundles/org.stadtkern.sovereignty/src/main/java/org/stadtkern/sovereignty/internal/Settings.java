package org.stadtkern.sovereignty.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.access.Classification;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;

/** The runtime-wide settings (PID {@code org.stadtkern.sovereignty}), checked. */
@Component(service = Settings.class, configurationPid = "org.stadtkern.sovereignty")
@Designate(ocd = SovereigntyConfig.class)
public final class Settings {

    private final Set<String> purposes;
    private final Classification unassigned;

    @Activate
    public Settings(SovereigntyConfig config) {
        this.purposes = Set.copyOf(new LinkedHashSet<>(Arrays.stream(config.purposes().split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).toList()));
        this.unassigned = DatasetPolicy.parseClassification(config.unassigned_classification());
        if (unassigned == Classification.PERSONAL) {
            throw new IllegalArgumentException("unassigned.classification must be open or internal");
        }
    }

    /** The controlled list of purposes. */
    public Set<String> purposes() {
        return purposes;
    }

    /** The classification of Datastreams without a dataset. */
    public Classification unassigned() {
        return unassigned;
    }
}
