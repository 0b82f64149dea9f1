package org.stadtkern.core.internal.http;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.internal.health.Health;

/** {@code GET /health}: 200 when everything is up, 503 otherwise; the body says what is down. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-health")
@HttpWhiteboardServletPattern("/health")
public final class HealthResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient Health health;

    @Activate
    public HealthResource(@Reference Health health) {
        this.health = health;
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> report = health.report();
        response.setStatus(Health.UP.equals(report.get("status")) ? 200 : 503);
        return report;
    }
}
