package org.stadtkern.sovereignty.internal.identity;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Logs a user in at the Karaf JAAS realm {@value #NAME} ({@code etc/users.properties} by default;
 * LDAP or another login module by configuring the realm), which the console and the embedded broker
 * use too.
 */
public final class JaasRealm {

    /** The realm's name. */
    public static final String NAME = "karaf";

    private JaasRealm() {
    }

    /**
     * User and password of HTTP Basic credentials (the part after "Basic ").
     *
     * @throws IllegalArgumentException when they are not Base64 of "user:password"
     */
    public static String[] basicCredentials(String encoded) {
        String text = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("Malformed Basic credentials.");
        }
        return new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }

    /** The user's role names in the realm, or empty when the realm refuses the credentials. */
    public static Optional<Set<String>> login(String user, String password) {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(NAME, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        return Optional.of(subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet()));
    }
}
