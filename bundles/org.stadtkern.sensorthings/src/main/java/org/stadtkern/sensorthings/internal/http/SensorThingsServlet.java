package org.stadtkern.sensorthings.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Denied;
import org.stadtkern.core.api.access.Readable;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.sensorthings.internal.SensorThingsConfig;
import org.stadtkern.sensorthings.internal.mqtt.Notifier;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.ResourcePath.NotFound;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.ObservationIngest;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;
import org.stadtkern.sensorthings.internal.store.Visibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SensorThings API at {@code /sta/v1.1} (and {@code /sta/v1.0}): reads, creates, updates and
 * deletes entities. Errors are problem bodies: 400 for what the request got wrong, 404 for what does
 * not exist, 500 (logged, without details) for failures of the service.
 */
@Component(service = Servlet.class, configurationPid = "org.stadtkern.sensorthings")
@Designate(ocd = SensorThingsConfig.class)
@HttpWhiteboardServletName("stadtkern-sensorthings")
@HttpWhiteboardServletPattern("/sta/*")
public final class SensorThingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SensorThingsServlet.class);
    static final String JSON = "application/json";
    static final String JSON_PATCH = "application/json-patch+json";

    private final transient SensorThingsDatabase database;
    private final transient Tenancy tenancy;
    private final transient SensorThingsConfig config;
    private final transient Notifier notifier;
    private final transient ObservationIngest ingest;
    private final transient AccessControl access;

    @Activate
    public SensorThingsServlet(SensorThingsConfig config, @Reference SensorThingsDatabase database,
            @Reference Tenancy tenancy, @Reference Notifier notifier, @Reference ObservationIngest ingest,
            @Reference AccessControl access) {
        this.access = access;
        this.config = config;
        this.database = database;
        this.tenancy = tenancy;
        this.notifier = notifier;
        this.ingest = ingest;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = null;
        try {
            RequestInfo info = RequestInfo.of(request, config.base_url());
            caller = caller(request);
            String tenant = caller.isAnonymous() ? tenancy.defaultTenant() : caller.tenant();
            Readable readable = access.readable(caller);
            Visibility visibility = Visibility.of(readable);
            Resources resources = new Resources(info, tenant, visibility, config, notifier, ingest);
            try (Connection connection = LazyConnection.of(database)) {
                if ("/$batch".equals(info.path()) && "POST".equals(request.getMethod())) {
                    Batch.Handler handler = inner -> new Resources(inner, tenant, visibility, config, notifier,
                            ingest);
                    write(response, 200, JSON, Batch.run(connection, info, body(request), handler, response));
                    return;
                }
                if ("GET".equals(request.getMethod()) && !info.path().isEmpty()) {
                    recordRead(caller, readable, request);
                }
                switch (request.getMethod()) {
                    case "GET" -> resources.get(connection, response);
                    case "POST" -> resources.post(connection, body(request), response);
                    case "PATCH" -> resources.update(connection, body(request), isJsonPatch(request), false, response);
                    case "PUT" -> resources.update(connection, body(request), false, true, response);
                    case "DELETE" -> resources.delete(connection, response);
                    default -> throw Problem.methodNotAllowed(request.getMethod());
                }
            }
        } catch (QueryException e) {
            problem(request, response, Problem.badRequest(e.getMessage()));
        } catch (NotFound e) {
            if (e.hidden() && caller != null) {
                access.recordDenied(caller, request.getMethod() + " " + request.getRequestURI(), "not visible to "
                        + "the caller (answered 404)");
            }
            problem(request, response, Problem.notFound(e.getMessage()));
        } catch (Problem e) {
            problem(request, response, e);
        } catch (SQLException | RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            problem(request, response, new Problem(500, "Internal Server Error",
                    "The request could not be completed; the error has been logged."));
        }
    }

    /** The authenticated caller; writes need the role operator unless anonymous writes are configured. */
    private Caller caller(HttpServletRequest request) throws Problem {
        Caller caller;
        try {
            caller = access.authenticate(request);
        } catch (Denied e) {
            throw new Problem(e.status(), e.status() == 401 ? "Unauthorized" : "Forbidden", e.getMessage());
        }
        boolean write = !"GET".equals(request.getMethod());
        if (write && !config.anonymous_writes() && !caller.has(Role.OPERATOR)) {
            access.recordDenied(caller, request.getMethod() + " " + request.getRequestURI(), "no role operator");
            throw caller.isAnonymous() ? new Problem(401, "Unauthorized", "Writing needs a login with the role "
                    + "operator.") : new Problem(403, "Forbidden", "Writing needs the role operator.");
        }
        return caller;
    }

    /**
     * Audits a read by a caller who may see internal or personal data: one record per request for the
     * caller's tenant (the datasets of other tenants a caller may read are open).
     */
    private void recordRead(Caller caller, Readable readable, HttpServletRequest request) {
        if (readable.memberOf() == null) {
            return;
        }
        String what = "GET " + request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        access.recordRead(caller, new DatasetRef(readable.memberOf(), "*"), what);
    }

    private JsonNode body(HttpServletRequest request) throws Problem, IOException {
        String type = request.getContentType();
        if (type == null || !(type.toLowerCase().startsWith(JSON) || type.toLowerCase().startsWith(JSON_PATCH))) {
            throw Problem.unsupportedMediaType(JSON);
        }
        int max = config.body_max();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                ApiServlet.discard(in);
                throw Problem.payloadTooLarge(max);
            }
            return Columns.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean isJsonPatch(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase().startsWith(JSON_PATCH);
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        write(response, problem.status(), "application/problem+json", problem.body(request.getRequestURI()));
    }

    static void write(HttpServletResponse response, int status, String type, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Columns.MAPPER.writeValue(response.getOutputStream(), body);
    }
}
