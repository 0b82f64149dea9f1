package org.stadtkern.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** The municipalities one runtime serves. Every stored row carries a tenant id. */
@ProviderType
public interface Tenancy {

    /** The tenant data belongs to when its source names none (configuration {@code tenant}). */
    String defaultTenant();

    /**
     * The tenant of an MQTT message's publisher: the tenant the embedded broker stamped on it
     * ({@code MqttInput.TENANT_PROPERTY}) where the runtime uses that broker, else (no stamp, or an
     * external broker, whose clients could write any stamp) the default tenant.
     */
    String publisherTenant(String stamped);
}
