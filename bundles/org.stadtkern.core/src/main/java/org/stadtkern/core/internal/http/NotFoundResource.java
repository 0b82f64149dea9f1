package org.stadtkern.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.PageLanguage;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.internal.health.Health;
import org.stadtkern.core.internal.health.MeasureBundles;

/**
 * The default servlet: {@code /} is the landing page ({@link LandingPage}); any other path no
 * resource serves is either under the paths of an installed measure that is not ready yet (starting,
 * or restarting after a change of configuration) or under the core's own API while the core restarts
 * it: 503 with {@code Retry-After}, so that a client waits instead of taking a 404 for an answer; or a
 * 404 problem body, not an HTML page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-not-found")
@HttpWhiteboardServletPattern("/")
public final class NotFoundResource extends ApiServlet {

    private static final long serialVersionUID = 1L;
    static final String RETRY_SECONDS = "5";
    /**
     * The core's own API: always served while the core runs, so a request that falls through to here
     * came while the core restarts the services behind it (a change of its configuration).
     */
    private static final String CORE_API = "/api/dead-letters";

    private final transient MeasureBundles measures;
    private final transient ConfigurationAdmin configurations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile Health health;

    @Activate
    public NotFoundResource(@Reference MeasureBundles measures, @Reference ConfigurationAdmin configurations) {
        this.measures = measures;
        this.configurations = configurations;
    }

    @Override
    protected Object dispatch(HttpServletRequest request, HttpServletResponse response)
            throws Problem, IOException {
        String path = request.getRequestURI();
        if ("/".equals(path) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return landing(request, response);
        }
        for (MeasureBundles.Declared measure : measures.serving(path).stream().toList()) {
            String waiting = measures.notReady(measure);
            if (waiting != null) {
                response.setHeader("Retry-After", RETRY_SECONDS);
                throw new Problem(503, "Service Unavailable", "The measure " + measure.id()
                        + " is starting (" + waiting + "); try again in " + RETRY_SECONDS + " s.");
            }
        }
        if (path.equals(CORE_API) || path.startsWith(CORE_API + "/")) {
            response.setHeader("Retry-After", RETRY_SECONDS);
            throw new Problem(503, "Service Unavailable", "The runtime is restarting the dead-letter service "
                    + "after a change of its configuration; try again in " + RETRY_SECONDS + " s.");
        }
        throw Problem.notFound("No resource at " + path + ".");
    }

    private Object landing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Health current = health;
        Map<String, Object> report = current == null ? Map.of("status", Health.DOWN, "measures", Map.of())
                : current.report();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        measures.declared().forEach((id, declared) -> pages.put(id, declared.pages()));
        Object broker = report.get("broker") instanceof Map<?, ?> b ? b.get("url") : null;
        PageLanguage language = PageLanguage.of(request);
        LandingPage page = LandingPage.in(language);
        byte[] html = page.render(Health.UP.equals(report.get("status")),
                LandingPage.entries((Map<?, ?>) report.get("measures"), pages),
                broker == null ? "" : String.valueOf(broker), console(request)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/html;charset=utf-8");
        language.describe(response);
        response.setContentLength(html.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(html);
        }
        return WRITTEN;
    }

    /** How to reach the console: Karaf's SSH port and the host it listens on. */
    private String console(HttpServletRequest request) throws IOException {
        Configuration shell = configurations.getConfiguration("org.apache.karaf.shell", "?");
        Dictionary<String, Object> properties = shell.getProperties();
        Object port = properties == null ? null : properties.get("sshPort");
        Object host = properties == null ? null : properties.get("sshHost");
        String where = host == null || "0.0.0.0".equals(host) ? request.getServerName() : String.valueOf(host);
        return "ssh -p " + (port == null ? "8101" : port) + " karaf@" + where;
    }
}
