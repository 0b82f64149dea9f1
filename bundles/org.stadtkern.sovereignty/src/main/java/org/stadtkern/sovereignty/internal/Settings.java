package org.stadtkern.sovereignty.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.access.Classification;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;

/**
 * The runtime-wide settings (PID {@code org.stadtkern.sovereignty}), checked. A change applies in
 * place ({@code @Modified}), so that the access service and every servlet that uses it stay
 * registered while an operator edits the file; a refused change keeps the previous settings.
 */
@Component(service = Settings.class, configurationPid = "org.stadtkern.sovereignty")
@Designate(ocd = SovereigntyConfig.class)
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private record Values(Set<String> purposes, Classification unassigned, String controller,
            String dataProtectionOfficer) {
    }

    private volatile Values values;

    @Activate
    public Settings(SovereigntyConfig config) {
        this.values = check(config);
    }

    @Modified
    void modified(SovereigntyConfig config) {
        try {
            values = check(config);
        } catch (IllegalArgumentException e) {
            LOG.error("etc/org.stadtkern.sovereignty.cfg refused, the previous settings stay: {}", e.getMessage());
        }
    }

    private static Values check(SovereigntyConfig config) {
        Set<String> purposes = Set.copyOf(new LinkedHashSet<>(Arrays.stream(config.purposes().split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).toList()));
        Classification unassigned = DatasetPolicy.parseClassification(config.unassigned_classification());
        if (unassigned == Classification.PERSONAL) {
            throw new IllegalArgumentException("unassigned.classification must be open or internal");
        }
        return new Values(purposes, unassigned, config.controller().trim(), config.data_protection_officer().trim());
    }

    /** The controlled list of purposes. */
    public Set<String> purposes() {
        return values.purposes();
    }

    /** The classification of Datastreams without a dataset. */
    public Classification unassigned() {
        return values.unassigned();
    }

    /** The controller's name and contact (GDPR Art. 30 (1) a). */
    public String controller() {
        return values.controller();
    }

    /** The data protection officer's contact. */
    public String dataProtectionOfficer() {
        return values.dataProtectionOfficer();
    }
}
