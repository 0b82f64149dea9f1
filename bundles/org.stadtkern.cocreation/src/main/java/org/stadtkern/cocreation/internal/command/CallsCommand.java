package org.stadtkern.cocreation.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.core.api.console.MeasureCommand;

/** {@code cocreation:calls [--tenant T]}: the tenant's calls with deadlines and how many proposals are where. */
@Command(scope = "cocreation", name = "calls", description = "Lists the calls for proposals of the co-creation fund.")
@Service
public class CallsCommand extends MeasureCommand {

    @Reference(optional = true)
    Calls calls;

    @Reference(optional = true)
    Proposals proposals;

    @Override
    protected Object run() throws Exception {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Name", "Fund EUR", "Cap EUR", "Submission until", "Jury until",
            "Decision by", "Months", "Proposals", "Funded"}) {
            table.column(column);
        }
        for (FundingCall call : ready(calls).list(tenant())) {
            var all = ready(proposals).list(tenant(), call.id(), null);
            long funded = all.stream().filter(p -> p.state().funded()).count();
            long drafts = all.stream().filter(p -> p.state() == State.DRAFT).count();
            table.addRow().addContent(call.id(), call.name(), call.fund().toPlainString(), call.cap().toPlainString(),
                    call.submissionDeadline(), call.juryDeadline(), call.decisionDeadline(),
                    call.implementationMonths(),
                    (all.size() - drafts) + (drafts > 0 ? " (+" + drafts + " drafts)" : ""), funded);
        }
        table.print(System.out);
        return null;
    }
}
