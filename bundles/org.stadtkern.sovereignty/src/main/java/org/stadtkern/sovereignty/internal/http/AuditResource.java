package org.stadtkern.sovereignty.internal.http;

import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.sovereignty.internal.audit.AuditLog;
import org.stadtkern.sovereignty.internal.policy.Policies;

/**
 * {@code GET /sovereignty/api/audit?dataset=d&since=t&limit=n}: the audit log, newest first. A data
 * owner reads the records of a dataset it owns (parameter {@code dataset} required); an
 * administrator reads every record of its tenant.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-sovereignty-audit")
@HttpWhiteboardServletPattern("/sovereignty/api/audit")
public final class AuditResource extends Resource {

    private static final long serialVersionUID = 1L;

    private final transient AccessControl access;
    private final transient Policies policies;
    private final transient AuditLog audit;

    @Activate
    public AuditResource(@Reference AccessControl access, @Reference Policies policies, @Reference AuditLog audit) {
        super(access);
        this.access = access;
        this.policies = policies;
        this.audit = audit;
        handle("GET", "", Role.DATA_OWNER, this::records);
    }

    private Object records(Call call) throws Problem, SQLException {
        Caller caller = call.caller();
        String dataset = call.parameter("dataset");
        if (!caller.has(Role.ADMIN)) {
            if (dataset == null) {
                throw Problem.badRequest("Name a dataset you own: ?dataset=...");
            }
            boolean owns = policies.of(new DatasetRef(caller.tenant(), dataset))
                    .map(p -> p.owner().equals(caller.user())).orElse(false);
            if (!owns) {
                access.recordDenied(caller, "audit log of " + dataset, "not the dataset's owner");
                throw new Problem(403, "Forbidden",
                        "Only the dataset's owner or an administrator reads its audit log.");
            }
        }
        Instant since;
        try {
            since = call.parameter("since") == null ? null : Instant.parse(call.parameter("since"));
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("since must be an ISO 8601 instant such as 2026-11-01T00:00:00Z.");
        }
        int limit = call.intParameter("limit", 100, 1, 10_000);
        return audit.query(caller.tenant(), dataset, since, limit);
    }
}
