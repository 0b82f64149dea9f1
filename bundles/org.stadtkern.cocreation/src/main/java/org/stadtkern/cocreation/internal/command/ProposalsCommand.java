package org.stadtkern.cocreation.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.core.api.console.MeasureCommand;

/**
 * {@code cocreation:proposals [--call C] [--state S]}: the proposals of every call (or one), without the
 * applicants' personal data.
 */
@Command(scope = "cocreation", name = "proposals", description = "Lists the proposals of the co-creation fund "
        + "with their state and request (no personal data).")
@Service
public class ProposalsCommand extends MeasureCommand {

    @Reference(optional = true)
    Calls calls;

    @Reference(optional = true)
    Proposals proposals;

    @Option(name = "--state", description = "Only proposals in this state, such as jury-review or approved")
    String state;

    @Option(name = "--call", description = "Only the proposals of this call (id or name)")
    @Completion(CallCompleter.class)
    String call;

    @Override
    protected Object run() throws Exception {
        State only = null;
        if (state != null) {
            only = State.of(state).orElseThrow(() -> fail("--state must be one of draft, submitted, "
                    + "eligibility-check, jury-review, shortlisted, funder-review, approved, rejected, "
                    + "in-implementation, reported, closed, withdrawn."));
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Call", "Title", "District", "State", "Version", "Requested EUR"}) {
            table.column(column);
        }
        for (FundingCall funding : call == null ? ready(calls).list(tenant())
                : java.util.List.of(ready(calls).find(tenant(), call).orElseThrow(() -> fail("No call '" + call
                        + "' (cocreation:calls lists them).")))) {
            for (Proposal proposal : ready(proposals).list(tenant(), funding.id(), only)) {
                table.addRow().addContent(proposal.id(), funding.id(), text(proposal.content().title()),
                        text(proposal.content().district()), proposal.state().id(), proposal.version(),
                        proposal.requested().toPlainString());
            }
        }
        table.print(System.out);
        return null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
