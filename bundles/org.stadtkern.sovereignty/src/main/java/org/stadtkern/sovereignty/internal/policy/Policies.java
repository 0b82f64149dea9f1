package org.stadtkern.sovereignty.internal.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.stadtkern.core.api.access.DatasetRef;

/** Every configured dataset policy, current as configurations come and go. */
@Component(service = Policies.class)
public final class Policies {

    private final List<ConfiguredPolicy> configured = new CopyOnWriteArrayList<>();
    /** The policies by tenant and name, made again only when configurations change (asked on every request). */
    private volatile List<DatasetPolicy> sorted = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(ConfiguredPolicy policy) {
        configured.add(policy);
        sort();
    }

    void remove(ConfiguredPolicy policy) {
        configured.remove(policy);
        sort();
    }

    private synchronized void sort() {
        sorted = configured.stream().map(ConfiguredPolicy::policy)
                .sorted(Comparator.comparing((DatasetPolicy p) -> p.dataset().tenant())
                        .thenComparing(p -> p.dataset().name()))
                .toList();
    }

    /** The policy of a dataset, if one is configured. */
    public Optional<DatasetPolicy> of(DatasetRef dataset) {
        return sorted.stream().filter(p -> p.dataset().equals(dataset)).findFirst();
    }

    /** The configuration behind a dataset's policy. */
    public Optional<ConfiguredPolicy> configured(DatasetRef dataset) {
        return configured.stream().filter(c -> c.policy().dataset().equals(dataset)).findFirst();
    }

    /** All policies, by tenant and name. */
    public List<DatasetPolicy> all() {
        return sorted;
    }
}
