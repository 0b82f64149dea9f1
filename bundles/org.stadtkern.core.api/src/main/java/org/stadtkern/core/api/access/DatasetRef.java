package org.stadtkern.core.api.access;

/**
 * A dataset of a tenant. Dataset names are unique within a tenant.
 *
 * @param tenant the tenant the dataset belongs to
 * @param name the dataset's name (as in the catalog and in a Datastream's {@code properties.dataset})
 */
public record DatasetRef(String tenant, String name) {

    @Override
    public String toString() {
        return tenant + "/" + name;
    }
}
