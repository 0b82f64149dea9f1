package org.stadtkern.core.internal.store;

import java.net.URI;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.TopicSubscriptions;
import org.stadtkern.core.internal.CoreConfig;

/**
 * The tenants of configuration PID {@code org.stadtkern.core}: the default tenant, and the tenant
 * of an MQTT message's publisher as the embedded broker stamps it. The stamp is believed only while
 * the runtime talks to the embedded broker: its extensions are installed (they stamp, and offer
 * {@link TopicSubscriptions}) and the configured broker is on this machine. An external broker's
 * clients could write any stamp: there every message belongs to the default tenant.
 */
@Component(service = Tenancy.class, configurationPid = "org.stadtkern.core")
public final class ConfiguredTenancy implements Tenancy {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private volatile String tenant;
    private volatile boolean localBroker;

    /** Present only with the embedded broker's extensions (bundle org.stadtkern.broker). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TopicSubscriptions embeddedBroker;

    @Activate
    public ConfiguredTenancy(CoreConfig config) {
        modified(config);
    }

    /**
     * A change of the core's configuration is taken over in place: restarting this component would
     * bounce every servlet and route that uses Tenancy (the catalog answered 404 for a moment after
     * {@code /health} had said 200 again, ReadinessIT).
     */
    @Modified
    void modified(CoreConfig config) {
        this.tenant = config.tenant();
        this.localBroker = isLocal(config.mqtt_url());
    }

    @Override
    public String defaultTenant() {
        return tenant;
    }

    @Override
    public String publisherTenant(String stamped) {
        boolean trusted = localBroker && embeddedBroker != null;
        return trusted && stamped != null && !stamped.isBlank() ? stamped : tenant;
    }

    private static boolean isLocal(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && LOCAL.contains(host.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
