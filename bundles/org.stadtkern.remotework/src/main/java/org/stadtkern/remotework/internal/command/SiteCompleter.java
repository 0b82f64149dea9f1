package org.stadtkern.remotework.internal.command;

import java.sql.SQLException;
import java.util.Collection;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.console.IdCompleter;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;

/** TAB after {@code --site} and {@code remotework:occupancy}: the default tenant's site ids. */
@Service
public class SiteCompleter extends IdCompleter {

    @Reference
    Sites sites;

    @Reference
    Tenancy tenancy;

    @Override
    protected Collection<String> ids() throws SQLException {
        return sites.list(tenancy.defaultTenant()).stream().map(SiteRow::id).toList();
    }
}
