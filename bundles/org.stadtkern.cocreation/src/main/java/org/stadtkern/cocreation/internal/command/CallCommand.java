package org.stadtkern.cocreation.internal.command;

import java.sql.SQLException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Standings;
import org.stadtkern.core.api.console.MeasureCommand;

/** A command about one call, named by id or name (TAB completes the ids), with its standing. */
abstract class CallCommand extends MeasureCommand {

    @Reference(optional = true)
    Calls calls;

    @Reference(optional = true)
    Standings standings;

    @Argument(index = 0, name = "call", required = true, description = "The call's id or name")
    @Completion(CallCompleter.class)
    String call;

    /** The tenant's call named on the command line; a failure naming it when there is none. */
    final FundingCall funding() throws SQLException {
        return ready(calls).find(tenant(), call).orElseThrow(() -> fail("No call '" + call
                + "' (cocreation:calls lists them)."));
    }
}
