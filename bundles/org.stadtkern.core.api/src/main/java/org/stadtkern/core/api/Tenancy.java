package org.stadtkern.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** The municipalities one runtime serves. Every stored row carries a tenant id. */
@ProviderType
public interface Tenancy {

    /** The tenant data belongs to when its source names none (configuration {@code tenant}). */
    String defaultTenant();
}
