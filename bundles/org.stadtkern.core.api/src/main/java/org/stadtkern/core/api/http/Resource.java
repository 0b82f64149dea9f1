package org.stadtkern.core.api.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.measure.Unavailable;

/**
 * The HTTP base of a measure: declare in the constructor which method and path (relative to the
 * servlet pattern, with {@code {name}} segments) answers whom, and write handlers that get a
 * {@link Call} with the caller already authenticated and checked. The base answers 401/403 for
 * missing credentials or role (refusals audited), 404 for paths no route declares or ids that are not
 * letters, digits and {@code . _ : -} (at most 100), 405 with {@code Allow} for other methods, and 503
 * when the database fails ({@link SQLException}, {@link Unavailable}: the client may retry, nothing was
 * stored), all as problem bodies.
 *
 * <pre>
 * public ParkingResource(@Reference AccessControl access, @Reference ParkingStore store) {
 *     super(access);
 *     handle("GET", "", null, call -> store.sites(call.tenantOr(defaultTenant)));
 *     handle("PUT", "/{id}", Role.OPERATOR, call -> store.put(call.caller().tenant(), call.path("id"),
 *             call.body(Site.class, 4096)));
 * }
 * </pre>
 */
public abstract class Resource extends ApiServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Resource.class);

    /** What answers a call: the response body (serialised as JSON), or {@link #WRITTEN}. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Call call) throws Problem, IOException, SQLException;
    }

    private record Route(String method, PathTemplate template, Set<Role> roles, Handler handler) {
    }

    private final transient AccessControl access;
    private final transient List<Route> routes = new ArrayList<>();

    protected Resource(AccessControl access) {
        this.access = access;
    }

    /**
     * Declares a route; call it from the constructor.
     *
     * @param method GET, POST, PUT, PATCH or DELETE
     * @param template the path below the servlet's pattern: {@code ""} for the pattern itself,
     *        {@code "/{id}"}, {@code "/{id}/capacity"}, ...
     * @param role the role the caller needs, or {@code null} for everyone (also anonymous callers; wrong
     *        credentials are still refused)
     */
    protected final void handle(String method, String template, Role role, Handler handler) {
        handleAny(method, template, role == null ? Set.of() : Set.of(role), handler);
    }

    /**
     * Declares a route for callers with any of the roles (none: everyone), e.g.
     * {@code Set.of(Role.READER, Role.OPERATOR)} for the tenant's users who read.
     */
    protected final void handleAny(String method, String template, Set<Role> anyOf, Handler handler) {
        routes.add(new Route(method, PathTemplate.of(template), Set.copyOf(anyOf), handler));
    }

    @Override
    protected final Object dispatch(HttpServletRequest request, HttpServletResponse response)
            throws Problem, IOException {
        String path = PathTemplate.normalise(request.getPathInfo());
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.template().match(path);
            if (parameters.isEmpty()) {
                continue;
            }
            if (route.method().equals(request.getMethod())) {
                return call(route, new Call(request, response, caller(request, route.roles()), parameters.get()));
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw Problem.notFound("Nothing is at " + request.getRequestURI() + ".");
        }
        response.setHeader("Allow", String.join(", ", allowed));
        throw Problem.methodNotAllowed(request.getMethod());
    }

    private Caller caller(HttpServletRequest request, Set<Role> roles) throws Problem {
        return roles.isEmpty() ? Callers.of(access, request) : Callers.withAnyRole(access, request, roles);
    }

    private static Object call(Route route, Call call) throws Problem, IOException {
        try {
            return route.handler().handle(call);
        } catch (SQLException | Unavailable e) {
            LOG.warn("{} {} failed: the database is not available", call.request().getMethod(),
                    call.request().getRequestURI(), e);
            throw new Problem(503, "Service Unavailable", "The database is not available; nothing was changed. "
                    + "Try again later.");
        }
    }
}
