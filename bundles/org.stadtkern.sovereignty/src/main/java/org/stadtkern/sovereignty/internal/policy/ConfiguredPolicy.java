package org.stadtkern.sovereignty.internal.policy;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.sovereignty.internal.Settings;

/**
 * One dataset policy from an etc/org.stadtkern.sovereignty.policy-*.cfg file. A policy that does not
 * pass the checks fails to activate (the log names the problem) and its dataset stays internal.
 */
@Component(service = ConfiguredPolicy.class, configurationPid = "org.stadtkern.sovereignty.policy",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PolicyConfig.class, factory = true)
public final class ConfiguredPolicy {

    private final DatasetPolicy policy;
    private final String pid;

    @Activate
    public ConfiguredPolicy(PolicyConfig config, Map<String, Object> properties, @Reference Tenancy tenancy,
            @Reference Settings settings) {
        this.policy = DatasetPolicy.of(config, tenancy.defaultTenant(), settings.purposes());
        this.pid = (String) properties.get("service.pid");
    }

    public DatasetPolicy policy() {
        return policy;
    }

    /** The configuration's PID, for changes from the console. */
    public String pid() {
        return pid;
    }
}
