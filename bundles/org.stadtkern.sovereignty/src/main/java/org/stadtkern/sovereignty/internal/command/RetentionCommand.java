package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.CommandFailure;
import org.stadtkern.sovereignty.internal.retention.RetentionRun;

/** {@code sovereignty:retention [--dry-run [--as-of t]]}: applies every retention now, or shows what would go. */
@Command(scope = "sovereignty", name = "retention",
        description = "Applies every dataset's retention now (deletes or aggregates expired data), or with --dry-run "
                + "shows what would go.")
@Service
public class RetentionCommand implements Action {

    @Reference(optional = true)
    RetentionRun run;

    @Option(name = "--dry-run", description = "Only count what would be deleted or aggregated")
    boolean dryRun;

    @Option(name = "--as-of", description = "With --dry-run: as if it were this ISO 8601 instant")
    String asOf;

    @Override
    public Object execute() {
        Instant now = Instant.now();
        if (asOf != null) {
            if (!dryRun) {
                throw new CommandFailure("--as-of only works with --dry-run: a real run always uses the present time.");
            }
            try {
                now = Instant.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new CommandFailure("--as-of must be an ISO 8601 instant such as 2027-01-01T00:00:00Z.");
            }
        }
        List<RetentionRun.Line> lines = ready(run).run(now, dryRun);
        if (lines.isEmpty()) {
            System.out.println("No dataset has a retention period (or no store holds dataset records).");
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Tenant", "Dataset", "Store", "Retention", "Before", "Action",
            dryRun ? "Would delete" : "Deleted", dryRun ? "Would aggregate to" : "Aggregates written"}) {
            table.column(column);
        }
        for (RetentionRun.Line line : lines) {
            table.addRow().addContent(line.policy().dataset().tenant(), line.policy().dataset().name(), line.target(),
                    line.policy().retention().text(), line.cutoff(), line.policy().aggregate()
                            ? "aggregate " + line.policy().resolution() : "delete",
                    line.failed() ? "FAILED: " + line.error() : line.outcome().deleted(),
                    line.failed() ? "nothing changed" : line.outcome().aggregates());
        }
        table.print(System.out);
        System.out.println(dryRun ? "Dry run: nothing was changed." : "Done; each line is in the audit log.");
        return null;
    }
}
