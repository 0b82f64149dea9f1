package org.stadtkern.cocreation.internal.command;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.Scoring;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Projects;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.cocreation.internal.store.Standings;

/**
 * {@code cocreation:export <call>}: the call's outcome as CSV for the fund's records and the funder:
 * every submitted proposal with its rank (while in the race), jury score, request, state and approved
 * amount; no personal data.
 */
@Command(scope = "cocreation", name = "export", description = "Prints the outcome of a call as CSV: rank, score, "
        + "request, state and approved amount of each submitted proposal.")
@Service
public class ExportCommand extends CallCommand {

    @Reference(optional = true)
    Projects projects;

    @Reference(optional = true)
    Proposals proposals;

    @Reference(optional = true)
    Reviews reviews;

    @Override
    protected Object run() throws Exception {
        FundingCall funding = funding();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("rank", "id", "title", "state",
                "requested_eur", "score", "spread", "recommended", "approved_eur").get().print(out)) {
            Map<Long, Standings.Place> ranked = new HashMap<>();
            ready(standings).ranking(tenant(), funding).places().forEach(place -> ranked.put(place.proposal(), place));
            for (Proposal proposal : ready(proposals).list(tenant(), funding.id(), null)) {
                if (proposal.state() == State.DRAFT) {
                    continue;
                }
                Standings.Place place = ranked.get(proposal.id());
                Scoring scoring = ready(reviews).scoring(funding, proposal.id());
                printer.printRecord(place == null || place.rank() == null ? "" : place.rank(), proposal.id(),
                        proposal.content().title(), proposal.state().id(), proposal.requested().toPlainString(),
                        scoring.aggregate() == null ? "" : scoring.aggregate(), scoring.spread(),
                        place != null && place.recommended(),
                        ready(projects).approved(proposal.id()).map(a -> a.toPlainString()).orElse(""));
            }
        }
        System.out.print(out);
        return null;
    }
}
