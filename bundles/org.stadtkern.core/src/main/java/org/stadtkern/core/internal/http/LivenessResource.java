package org.stadtkern.core.internal.http;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.internal.health.Health;

/**
 * {@code GET /health/live}: 200 as long as the runtime answers HTTP and can recover by itself, for an
 * orchestrator's liveness probe (restart when it fails). Readiness, whether every measure answers, is
 * {@code /health}: a broker or database outage makes that 503, and is no reason to restart. The one
 * state only a restart ends (the database file locked by the runtime itself, {@link Health#restartNeeded})
 * makes it 503 too.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-liveness")
@HttpWhiteboardServletPattern("/health/live")
public final class LivenessResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    /** Optional: liveness answers while the health component restarts. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Health health;

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) {
        Health current = health;
        if (current != null && current.restartNeeded()) {
            response.setStatus(503);
            return Map.of("status", Health.DOWN, "error", Health.RESTART_NEEDED);
        }
        return Map.of("status", "UP");
    }
}
