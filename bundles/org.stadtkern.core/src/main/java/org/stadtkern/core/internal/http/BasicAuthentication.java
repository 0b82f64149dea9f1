package org.stadtkern.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.servlet.http.HttpServletRequest;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.stadtkern.core.api.http.Problem;

/**
 * HTTP Basic authentication against the Karaf JAAS realm ({@code etc/users.properties} by
 * default), for the operators' resources of the core. The data-sovereignty measure brings the
 * runtime-wide access model; until then this guards what only operators may see.
 */
final class BasicAuthentication {

    static final String REALM = "karaf";
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
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(REALM, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(credentials[0]);
                    } else if (callback instanceof PasswordCallback password) {
                        password.setPassword(credentials[1].toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
        } catch (LoginException e) {
            throw unauthorized("User or password not accepted.");
        }
        return subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
    }

    private static String[] decode(String encoded) throws Problem {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon < 1) {
                throw unauthorized("Malformed Basic credentials.");
            }
            return new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed Basic credentials.");
        }
    }

    private static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", detail);
    }
}
