package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.CommandFailure;
import org.stadtkern.sovereignty.internal.audit.AuditLog;
import org.stadtkern.sovereignty.internal.audit.AuditRecord;

/** {@code sovereignty:audit [--dataset d] [--since t] [--verify]}: the audit log, newest first. */
@Command(scope = "sovereignty", name = "audit", description = "Shows the audit log, or checks its hash chain.")
@Service
public class AuditCommand implements Action {

    @Reference(optional = true)
    AuditLog audit;

    @Option(name = "--dataset", description = "Only records of this dataset")
    String dataset;

    @Option(name = "--since", description = "Only records since this ISO 8601 instant")
    String since;

    @Option(name = "--limit", description = "At most this many records (default 50)")
    int limit = 50;

    @Option(name = "--verify", description = "Check the whole hash chain instead")
    boolean verify;

    @Override
    public Object execute() throws Exception {
        if (verify) {
            AuditLog.Verification result = ready(audit).verify();
            System.out.println(result.intact() ? "Audit log intact: " + result.records() + " records."
                    : "AUDIT LOG BROKEN after " + result.records() + " good records: " + result.problem().get());
            return null;
        }
        Instant from;
        try {
            from = since == null ? null : Instant.parse(since);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandFailure("--since must be an ISO 8601 instant such as 2026-11-01T00:00:00Z.");
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Seq", "At", "Tenant", "Actor", "Action", "Dataset", "Purpose"}) {
            table.column(column);
        }
        table.column("Detail").maxSize(60);
        for (AuditRecord record : ready(audit).query(null, dataset, from, limit)) {
            table.addRow().addContent(record.seq(), record.at(), record.tenant(), record.actor(), record.action(),
                    record.dataset() == null ? "" : record.dataset(), record.purpose() == null ? "" : record.purpose(),
                    record.detail());
        }
        table.print(System.out);
        return null;
    }
}
