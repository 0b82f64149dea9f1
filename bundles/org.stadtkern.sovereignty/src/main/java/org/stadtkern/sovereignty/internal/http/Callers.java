package org.stadtkern.sovereignty.internal.http;

import javax.servlet.http.HttpServletRequest;

import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Denied;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Problem;

/** The caller of a request, as a problem (401, 403) where it may not go on. */
final class Callers {

    private Callers() {
    }

    static Caller of(AccessControl access, HttpServletRequest request) throws Problem {
        try {
            return access.authenticate(request);
        } catch (Denied e) {
            throw new Problem(e.status(), e.status() == 401 ? "Unauthorized" : "Forbidden", e.getMessage());
        }
    }

    /** The caller, who must be logged in with the role; refusals are audited. */
    static Caller withRole(AccessControl access, HttpServletRequest request, Role role) throws Problem {
        Caller caller = of(access, request);
        if (caller.isAnonymous()) {
            throw new Problem(401, "Unauthorized", "Log in as a user with the role " + role.realmName() + ".");
        }
        if (!caller.has(role)) {
            access.recordDenied(caller, "GET " + request.getRequestURI(), "no role " + role.realmName());
            throw new Problem(403, "Forbidden", "This needs the role " + role.realmName() + ".");
        }
        return caller;
    }

    /** The runtime's URL as the client reached it. */
    static String baseUrl(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
