package org.stadtkern.core.internal.http;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.http.ApiServlet;

/**
 * {@code GET /health/live}: 200 as long as the runtime answers HTTP at all, for an orchestrator's
 * liveness probe (restart when it fails). Readiness, whether every measure answers, is
 * {@code /health}: a broker or database outage makes that 503, and is no reason to restart.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-liveness")
@HttpWhiteboardServletPattern("/health/live")
public final class LivenessResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) {
        return Map.of("status", "UP");
    }
}
