package org.stadtkern.core.api.http;

import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Denied;
import org.stadtkern.core.api.access.Role;

/** The caller of a request as an {@link ApiServlet} needs it: refusals as problems (401, 403), audited. */
public final class Callers {

    private Callers() {
    }

    /** Who calls (anonymous without credentials); 401 for wrong credentials, 403 for an undeclared purpose. */
    public static Caller of(AccessControl access, HttpServletRequest request) throws Problem {
        try {
            return access.authenticate(request);
        } catch (Denied e) {
            throw new Problem(e.status(), e.status() == 401 ? "Unauthorized" : "Forbidden", e.getMessage());
        }
    }

    /** The caller, who must be logged in with the role (401 without login, 403 without the role). */
    public static Caller withRole(AccessControl access, HttpServletRequest request, Role role) throws Problem {
        return withAnyRole(access, request, Set.of(role));
    }

    /**
     * The caller, who must be logged in with one of the roles (401 without login, 403 without any of them,
     * audited): e.g. reader or operator for "the tenant's users who read", as an operator does not hold
     * the role reader.
     */
    public static Caller withAnyRole(AccessControl access, HttpServletRequest request, Set<Role> roles)
            throws Problem {
        String names = roles.stream().map(Role::realmName).sorted().collect(Collectors.joining(" or "));
        Caller caller = of(access, request);
        if (caller.isAnonymous()) {
            throw new Problem(401, "Unauthorized", "Log in as a user with the role " + names + ".");
        }
        if (roles.stream().noneMatch(caller::has)) {
            access.recordDenied(caller, request.getMethod() + " " + request.getRequestURI(), "no role " + names);
            throw new Problem(403, "Forbidden", "This needs the role " + names + ".");
        }
        return caller;
    }

    /** The runtime's URL as the client reached it. */
    public static String baseUrl(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
