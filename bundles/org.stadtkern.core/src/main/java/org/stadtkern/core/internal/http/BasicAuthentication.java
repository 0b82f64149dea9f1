package org.stadtkern.core.internal.http;

import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.stadtkern.core.api.access.JaasRealm;
import org.stadtkern.core.api.http.Problem;

/**
 * HTTP Basic authentication against the Karaf JAAS realm ({@code etc/users.properties} by
 * default), for the operators' resources of the core. The data-sovereignty measure brings the
 * runtime-wide access model; until then this guards what only operators may see.
 */
final class BasicAuthentication {

    private static final String PREFIX = "Basic ";

    private BasicAuthentication() {
    }

    /** Fails with 401 unless the request has valid credentials, with 403 unless the user has the role. */
    static void requireRole(HttpServletRequest request, String role) throws Problem {
        Set<String> roles = roles(request.getHeader("Authorization"));
        if (!roles.contains(role)) {
            throw new Problem(403, "Forbidden", "This resource needs the role " + role + ".");
        }
    }

    private static Set<String> roles(String authorization) throws Problem {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw unauthorized("Log in with HTTP Basic authentication.");
        }
        String[] credentials = decode(authorization.substring(PREFIX.length()).trim());
        return JaasRealm.login(credentials[0], credentials[1])
                .orElseThrow(() -> unauthorized("User or password not accepted."));
    }

    private static String[] decode(String encoded) throws Problem {
        try {
            return JaasRealm.basicCredentials(encoded);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed Basic credentials.");
        }
    }

    private static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", detail);
    }
}
