package org.stadtkern.core.api.access;

import java.util.Map;
import java.util.Set;

/**
 * The datasets one caller may read in one request, by tenant, and whether the caller belongs to a
 * tenant (and so may see that tenant's non-personal metadata such as its sensors).
 *
 * @param datasets per tenant, the names of the readable datasets
 * @param memberOf the tenant whose users the caller is one of with a role, or {@code null}
 */
public record Readable(Map<String, Set<String>> datasets, String memberOf) {

    public Readable {
        datasets = Map.copyOf(datasets);
    }

    /** Whether the caller may read the dataset. */
    public boolean allows(DatasetRef dataset) {
        return datasets.getOrDefault(dataset.tenant(), Set.of()).contains(dataset.name());
    }

    /** Whether the caller may read the dataset of this tenant. */
    public boolean allows(String tenant, String dataset) {
        return datasets.getOrDefault(tenant, Set.of()).contains(dataset);
    }

    /** Whether the caller is a member of the tenant. */
    public boolean isMemberOf(String tenant) {
        return tenant.equals(memberOf);
    }
}
