package org.stadtkern.cocreation.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.store.Standings;

/**
 * {@code cocreation:ranking <call>}: the jury's ranking of a call with aggregate, spread, members counted,
 * reviews missing and the recommended selection within the fund.
 */
@Command(scope = "cocreation", name = "ranking", description = "Shows the jury's ranking of a call and the "
        + "selection it recommends within the fund.")
@Service
public class RankingCommand extends CallCommand {

    @Override
    protected Object run() throws Exception {
        FundingCall funding = funding();
        Standings.View view = ready(standings).ranking(tenant(), funding);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Rank", "Id", "Title", "State", "Requested EUR", "Score", "Spread",
            "Counted", "Missing", "Recommended"}) {
            table.column(column);
        }
        for (Standings.Place place : view.places()) {
            table.addRow().addContent(place.rank() == null ? "-" : place.rank(), place.proposal(), place.title(),
                    place.state(), place.requested().toPlainString(),
                    place.aggregate() == null ? "-" : place.aggregate(), place.spread(), place.counted(),
                    place.missing(), place.recommended() ? "yes" : place.lacking() == null ? "" : "lacks "
                            + place.lacking().toPlainString() + " EUR");
        }
        table.print(System.out);
        System.out.println("Recommended " + view.recommended().toPlainString() + " EUR of "
                + funding.fund().toPlainString() + " EUR; " + view.remaining().toPlainString() + " EUR left; "
                + view.missing() + " reviews missing.");
        return null;
    }
}
