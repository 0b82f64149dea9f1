package org.stadtkern.core.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.internal.CoreConfig;

/** The tenant of configuration PID {@code org.stadtkern.core}. */
@Component(service = Tenancy.class, configurationPid = "org.stadtkern.core")
public final class ConfiguredTenancy implements Tenancy {

    private final String tenant;

    @Activate
    public ConfiguredTenancy(CoreConfig config) {
        this.tenant = config.tenant();
    }

    @Override
    public String defaultTenant() {
        return tenant;
    }
}
