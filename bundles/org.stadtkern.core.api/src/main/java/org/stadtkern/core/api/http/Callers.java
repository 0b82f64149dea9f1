package org.stadtkern.core.api.http;

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
        Caller caller = of(access, request);
        if (caller.isAnonymous()) {
            throw new Problem(401, "Unauthorized", "Log in as a user with the role " + role.realmName() + ".");
        }
        if (!caller.has(role)) {
            access.recordDenied(caller, request.getMethod() + " " + request.getRequestURI(), "no role "
                    + role.realmName());
            throw new Problem(403, "Forbidden", "This needs the role " + role.realmName() + ".");
        }
        return caller;
    }

    /** The runtime's URL as the client reached it. */
    public static String baseUrl(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
