package org.stadtkern.sovereignty.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Classification;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.sovereignty.internal.audit.AuditLog;
import org.stadtkern.sovereignty.internal.registry.Infrastructure;
import org.stadtkern.sovereignty.internal.registry.InfrastructureJson;
import org.stadtkern.sovereignty.internal.registry.InfrastructureRegistry;

/**
 * The registry of infrastructures: {@code GET /sovereignty/api/infrastructure[/{id}]} for the users
 * of the tenant (everyone else sees only entries whose data is all open, with {@code ?tenant=} for
 * another municipality's), {@code POST}, {@code PUT .../{id}} and {@code DELETE .../{id}} for
 * operators of the tenant; changes are recorded in the audit log.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-sovereignty-infrastructure")
@HttpWhiteboardServletPattern({"/sovereignty/api/infrastructure", "/sovereignty/api/infrastructure/*"})
public final class InfrastructureResource extends Resource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 16 * 1024;

    private final transient AccessControl access;
    private final transient InfrastructureRegistry registry;
    private final transient AuditLog audit;
    private final transient String defaultTenant;

    @Activate
    public InfrastructureResource(@Reference AccessControl access, @Reference InfrastructureRegistry registry,
            @Reference AuditLog audit, @Reference Tenancy tenancy) {
        super(access);
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.defaultTenant = tenancy.defaultTenant();
        handle("GET", "", null, this::list);
        handle("GET", "/{id}", null, this::find);
        handle("POST", "", Role.OPERATOR, this::create);
        handle("PUT", "/{id}", Role.OPERATOR, this::replace);
        handle("DELETE", "/{id}", Role.OPERATOR, this::delete);
    }

    /** The tenant asked for, and whether the caller, one of its members, sees all of its entries. */
    private record View(String tenant, boolean all) {
    }

    private View view(Call call) {
        String member = access.readable(call.caller()).memberOf();
        String tenant = call.parameter("tenant") != null ? call.parameter("tenant")
                : member != null ? member : defaultTenant;
        return new View(tenant, tenant.equals(member));
    }

    private Object list(Call call) throws SQLException {
        View view = view(call);
        return registry.list(view.tenant()).stream().filter(e -> view.all() || open(e))
                .map(InfrastructureJson::write).toList();
    }

    private Object find(Call call) throws Problem, SQLException {
        View view = view(call);
        long id = call.number("id");
        return registry.find(view.tenant(), id).filter(e -> view.all() || open(e)).map(InfrastructureJson::write)
                .orElseThrow(() -> notFound(id));
    }

    private Object create(Call call) throws Problem, IOException, SQLException {
        Caller caller = call.caller();
        Infrastructure created = registry.create(caller.tenant(), entry(call));
        record(caller, "registered #" + created.id() + " " + created.name());
        call.status(201).response().setHeader("Location", "/sovereignty/api/infrastructure/" + created.id());
        return InfrastructureJson.write(created);
    }

    private Object replace(Call call) throws Problem, IOException, SQLException {
        Caller caller = call.caller();
        long id = call.number("id");
        Infrastructure entry = entry(call);
        if (!registry.replace(caller.tenant(), id, entry)) {
            throw notFound(id);
        }
        record(caller, "changed #" + id + " " + entry.name());
        return InfrastructureJson.write(entry.stored(id, caller.tenant()));
    }

    private Object delete(Call call) throws Problem, SQLException {
        long id = call.number("id");
        if (!registry.delete(call.caller().tenant(), id)) {
            throw notFound(id);
        }
        record(call.caller(), "removed #" + id);
        return Map.of("deleted", id);
    }

    /** Whether everything the entry produces is open data (and it names at least one dataset). */
    private boolean open(Infrastructure entry) {
        List<String> datasets = entry.datasets();
        return !datasets.isEmpty() && datasets.stream().allMatch(d -> access.classification(
                new DatasetRef(entry.tenant(), d)) == Classification.OPEN);
    }

    private void record(Caller caller, String detail) {
        audit.append(caller.tenant(), caller.name(), "infrastructure", null, null, detail);
    }

    private static Infrastructure entry(Call call) throws Problem, IOException {
        try {
            return InfrastructureJson.read(call.json(MAX_BODY));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    private static Problem notFound(long id) {
        return Problem.notFound("No infrastructure entry " + id + " you may see.");
    }
}
