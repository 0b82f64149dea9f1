package org.stadtkern.cocreation.internal.command;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.console.IdCompleter;

/** TAB after {@code cocreation:ranking} and {@code cocreation:export}: the default tenant's call ids. */
@Service
public class CallCompleter extends IdCompleter {

    @Reference
    Calls calls;

    @Reference
    Tenancy tenancy;

    @Override
    protected Collection<String> ids() throws SQLException {
        List<String> ids = new ArrayList<>();
        for (FundingCall call : calls.list(tenancy.defaultTenant())) {
            ids.add(Long.toString(call.id()));
        }
        return ids;
    }
}
