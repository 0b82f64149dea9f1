package org.stadtkern.sovereignty.internal.command;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.sovereignty.internal.audit.AuditLog;

/** A console command that changes policies, grants or tokens of a tenant and records it in the audit log. */
abstract class AuditedCommand extends MeasureCommand {

    @Reference
    AuditLog audit;

    /** Records what the console user did. */
    void record(String action, String dataset, String purpose, String detail) {
        audit.append(tenant(), actor(), action, dataset, purpose, detail);
    }
}
