package org.stadtkern.hinweg.internal.command;

import java.sql.SQLException;
import java.util.Collection;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.console.IdCompleter;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/** Completes the stop ids of the imported network ({@code hinweg:stop <TAB>}). */
@Service
public class StopIdCompleter extends IdCompleter {

    @Reference
    NetworkStore network;

    @Reference
    Tenancy tenancy;

    @Override
    protected Collection<String> ids() throws SQLException {
        return network.stopIds(tenancy.defaultTenant(), 500);
    }
}
