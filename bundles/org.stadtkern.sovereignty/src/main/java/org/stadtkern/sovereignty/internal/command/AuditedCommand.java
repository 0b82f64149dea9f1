package org.stadtkern.sovereignty.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.sovereignty.internal.audit.AuditLog;

/** A console command that changes policies, grants or tokens of a tenant and records it in the audit log. */
abstract class AuditedCommand implements Action {

    @Reference
    AuditLog audit;

    @Reference
    Tenancy tenancy;

    @Reference(optional = true)
    Session session;

    @Option(name = "--tenant", description = "The tenant (default: the runtime's default tenant)")
    String tenant;

    /** The tenant the command works on. */
    String tenant() {
        return tenant == null ? tenancy.defaultTenant() : tenant;
    }

    /** Who works at the console, as audit records name it. */
    String actor() {
        Object user = session == null ? null : session.get("USER");
        return "console:" + (user == null ? "karaf" : user);
    }

    /** Records what the console user did. */
    void record(String action, String dataset, String purpose, String detail) {
        audit.append(tenant(), actor(), action, dataset, purpose, detail);
    }
}
