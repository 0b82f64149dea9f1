package org.stadtkern.platform.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Problem;

/**
 * {@code /api/datastreams}: the list of datastreams, and per datastream
 * {@code GET|POST /api/datastreams/{name}/observations}.
 */
@Component(service = Servlet.class, configurationPid = "org.stadtkern.platform")
@HttpWhiteboardServletName("stadtkern-observation")
@HttpWhiteboardServletPattern({"/api/datastreams", "/api/datastreams/*"})
public final class ObservationResource extends ApiServlet {

    private static final long serialVersionUID = 1L;
    private static final String OBSERVATIONS = "/observations";

    private final transient ObservationStore store;
    private final transient Tenancy tenancy;
    private final transient ObservationParser parser;
    private final int maxBody;

    @Activate
    public ObservationResource(PlatformConfig config, @Reference ObservationStore store,
            @Reference Tenancy tenancy) {
        this.store = store;
        this.tenancy = tenancy;
        this.parser = new ObservationParser(config.payload_max());
        this.maxBody = config.payload_max();
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        try {
            if (request.getPathInfo() == null || "/".equals(request.getPathInfo())) {
                return store.datastreams(tenancy.defaultTenant());
            }
            int limit = intParameter(request, "limit", 100, 1, 10_000);
            return store.newest(tenancy.defaultTenant(), datastream(request), limit).stream()
                    .map(ObservationJson::of).toList();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected Object post(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        String datastream = datastream(request);
        byte[] body = MAPPER.writeValueAsBytes(readJson(request, maxBody));
        try {
            Observation observation = parser.parse(tenancy.defaultTenant(), datastream, body);
            store.insert(List.of(observation));
            response.setStatus(201);
            return ObservationJson.of(observation);
        } catch (RejectedInput e) {
            throw Problem.badRequest(e.getMessage());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** The datastream of a path {@code /{name}/observations}. */
    private String datastream(HttpServletRequest request) throws Problem {
        String path = request.getPathInfo();
        if (path == null || !path.endsWith(OBSERVATIONS) || path.length() <= OBSERVATIONS.length() + 1) {
            throw Problem.notFound("Use /api/datastreams or /api/datastreams/{name}/observations.");
        }
        try {
            return parser.datastream(path.substring(1, path.length() - OBSERVATIONS.length()));
        } catch (RejectedInput e) {
            throw Problem.badRequest(e.getMessage());
        }
    }
}
