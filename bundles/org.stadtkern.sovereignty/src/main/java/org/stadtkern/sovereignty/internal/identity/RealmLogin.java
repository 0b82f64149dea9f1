package org.stadtkern.sovereignty.internal.identity;

import java.security.Principal;
import java.util.EnumSet;
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
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;

/**
 * Logs a user in at the Karaf JAAS realm {@code karaf} (etc/users.properties by default; LDAP or
 * another login module by configuring the realm). The realm's roles {@code reader},
 * {@code operator}, {@code data-owner}, {@code admin} become {@link Role}s; a role
 * {@code tenant.<name>} names the user's tenant (else the runtime's default tenant).
 */
public final class RealmLogin {

    /** The JAAS realm Karaf, its console and the embedded broker use. */
    public static final String REALM = "karaf";
    /** Prefix of the realm role that names a user's tenant. */
    public static final String TENANT_ROLE = "tenant.";

    private RealmLogin() {
    }

    /** The caller, or empty when the realm refuses the credentials. */
    public static Optional<Caller> login(String user, String password, String defaultTenant) {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(REALM, subject, callbacks -> {
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
        Set<String> names = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        return Optional.of(caller(user, names, defaultTenant));
    }

    /** The caller a user with these realm roles is. */
    public static Caller caller(String user, Set<String> realmRoles, String defaultTenant) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String tenant = defaultTenant;
        for (String name : realmRoles) {
            if (name.startsWith(TENANT_ROLE) && name.length() > TENANT_ROLE.length()) {
                tenant = name.substring(TENANT_ROLE.length());
            }
            for (Role role : Role.values()) {
                if (role.realmName().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return new Caller(user, tenant, roles, null);
    }
}
