package org.stadtkern.remotework.internal.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.remotework.internal.RemoteworkMeasure;
import org.stadtkern.remotework.internal.store.People;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.Reports;
import org.stadtkern.remotework.internal.store.Sites;

/**
 * {@code /api/remotework/reports?from=...&to=...}: the report for the city's remote-work study, for the
 * tenant's readers and operators (dataset remotework-usage, internal; each read audited). Anonymous:
 * coarse categories only, small counts suppressed.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-remotework-reports")
@HttpWhiteboardServletPattern("/api/remotework/reports/*")
public final class ReportsResource extends WorkResource {

    private static final long serialVersionUID = 1L;

    @Activate
    public ReportsResource(@Reference AccessControl access, @Reference Sites sites, @Reference People people,
            @Reference Policies policies, @Reference Tenancy tenancy, @Reference Reports reports) {
        super(access, sites, people, policies, tenancy);
        route("GET", "", MEMBERS, call -> {
            LocalDate to = date(call, "to", LocalDate.now(Policies.ZONE));
            LocalDate from = date(call, "from", to.minusDays(29));
            access.recordRead(call.caller(), new DatasetRef(call.caller().tenant(), RemoteworkMeasure.USAGE),
                    "report " + from + " to " + to);
            return reports.report(call.caller().tenant(), from, to, policies.config().report_minimum());
        });
    }

    private static LocalDate date(Call call, String name, LocalDate fallback) throws Problem {
        try {
            return call.parameter(name) == null ? fallback : LocalDate.parse(call.parameter(name));
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(name + " is a date like 2026-12-10.");
        }
    }
}
