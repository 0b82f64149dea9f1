package org.stadtkern.sovereignty.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

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
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Callers;
import org.stadtkern.core.api.http.Problem;
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
public final class InfrastructureResource extends ApiServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 16 * 1024;

    private final transient AccessControl access;
    private final transient InfrastructureRegistry registry;
    private final transient AuditLog audit;
    private final transient String defaultTenant;

    @Activate
    public InfrastructureResource(@Reference AccessControl access, @Reference InfrastructureRegistry registry,
            @Reference AuditLog audit, @Reference Tenancy tenancy) {
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.defaultTenant = tenancy.defaultTenant();
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Caller caller = Callers.of(access, request);
        String member = access.readable(caller).memberOf();
        String tenant = request.getParameter("tenant") != null ? request.getParameter("tenant")
                : member != null ? member : defaultTenant;
        boolean all = tenant.equals(member);
        Long id = id(request);
        try {
            if (id == null) {
                return registry.list(tenant).stream().filter(e -> all || open(e)).map(InfrastructureJson::write)
                        .toList();
            }
            return registry.find(tenant, id).filter(e -> all || open(e)).map(InfrastructureJson::write)
                    .orElseThrow(() -> notFound(id));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected Object post(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Caller caller = Callers.withRole(access, request, Role.OPERATOR);
        if (id(request) != null) {
            throw Problem.methodNotAllowed("POST on an entry (POST to /sovereignty/api/infrastructure)");
        }
        Infrastructure entry = entry(request);
        try {
            Infrastructure created = registry.create(caller.tenant(), entry);
            record(caller, "registered #" + created.id() + " " + created.name());
            response.setStatus(201);
            response.setHeader("Location", "/sovereignty/api/infrastructure/" + created.id());
            return InfrastructureJson.write(created);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected Object put(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Caller caller = Callers.withRole(access, request, Role.OPERATOR);
        long id = required(request);
        Infrastructure entry = entry(request);
        try {
            if (!registry.replace(caller.tenant(), id, entry)) {
                throw notFound(id);
            }
            record(caller, "changed #" + id + " " + entry.name());
            return InfrastructureJson.write(entry.stored(id, caller.tenant()));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected Object delete(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Caller caller = Callers.withRole(access, request, Role.OPERATOR);
        long id = required(request);
        try {
            if (!registry.delete(caller.tenant(), id)) {
                throw notFound(id);
            }
            record(caller, "removed #" + id);
            return Map.of("deleted", id);
        } catch (SQLException e) {
            throw new IOException(e);
        }
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

    private static Infrastructure entry(HttpServletRequest request) throws Problem, IOException {
        try {
            return InfrastructureJson.read(readJson(request, MAX_BODY));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    /** The id in the path, or {@code null} for the collection; 404 for anything else. */
    private static Long id(HttpServletRequest request) throws Problem {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            return null;
        }
        if (!path.matches("/[1-9][0-9]{0,17}")) {
            throw Problem.notFound("No such entry; entries are /sovereignty/api/infrastructure/{id}.");
        }
        return Long.parseLong(path.substring(1));
    }

    private static long required(HttpServletRequest request) throws Problem {
        Long id = id(request);
        if (id == null) {
            throw Problem.methodNotAllowed(request.getMethod() + " on the collection (name an entry)");
        }
        return id;
    }

    private static Problem notFound(long id) {
        return Problem.notFound("No infrastructure entry " + id + " you may see.");
    }
}
