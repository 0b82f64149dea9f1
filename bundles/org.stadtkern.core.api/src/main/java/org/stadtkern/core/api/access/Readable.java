package org.stadtkern.core.api.access;

import java.util.Map;
import java.util.Set;

/**
 * The datasets one caller may read in one request, by tenant, and whether the caller belongs to a
 * tenant (and so may see that tenant's non-personal metadata such as its sensors).
 *
 * @param datasets per tenant other than {@code memberOf}, the names of the readable datasets
 * @param memberOf the tenant whose users the caller is one of with a role, or {@code null}; the
 *        caller may read every dataset of it except {@code withheld}
 * @param withheld the datasets of {@code memberOf} the caller may not read (personal ones without a
 *        grant for the declared purpose)
 */
public record Readable(Map<String, Set<String>> datasets, String memberOf, Set<String> withheld) {

    public Readable {
        datasets = Map.copyOf(datasets);
        withheld = Set.copyOf(withheld);
    }

    /** Whether the caller may read the dataset. */
    public boolean allows(DatasetRef dataset) {
        return allows(dataset.tenant(), dataset.name());
    }

    /** Whether the caller may read the dataset of this tenant. */
    public boolean allows(String tenant, String dataset) {
        if (tenant.equals(memberOf)) {
            return !withheld.contains(dataset);
        }
        return datasets.getOrDefault(tenant, Set.of()).contains(dataset);
    }
}
