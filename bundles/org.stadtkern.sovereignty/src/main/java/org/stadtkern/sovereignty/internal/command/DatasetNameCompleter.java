package org.stadtkern.sovereignty.internal.command;

import java.util.Collection;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.console.IdCompleter;
import org.stadtkern.sovereignty.internal.policy.Policies;

/** Completes the names of the runtime's tenant's datasets with a policy ({@code sovereignty:policy <TAB>}). */
@Service
public class DatasetNameCompleter extends IdCompleter {

    @Reference
    Policies policies;

    @Reference
    Tenancy tenancy;

    @Override
    protected Collection<String> ids() {
        String tenant = tenancy.defaultTenant();
        return policies.all().stream().filter(p -> p.dataset().tenant().equals(tenant))
                .map(p -> p.dataset().name()).toList();
    }
}
