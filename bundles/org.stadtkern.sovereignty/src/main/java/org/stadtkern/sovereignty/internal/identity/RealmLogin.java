package org.stadtkern.sovereignty.internal.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;

/**
 * A user of the JAAS realm ({@link JaasRealm}) as a {@link Caller}: the realm's roles {@code reader},
 * {@code operator}, {@code data-owner}, {@code admin} become {@link Role}s; a role
 * {@code tenant.<name>} names the user's tenant (else the runtime's default tenant).
 */
public final class RealmLogin {

    /** Prefix of the realm role that names a user's tenant. */
    public static final String TENANT_ROLE = "tenant.";

    private RealmLogin() {
    }

    /** The caller, or empty when the realm refuses the credentials. */
    public static Optional<Caller> login(String user, String password, String defaultTenant) {
        return JaasRealm.login(user, password).map(roles -> caller(user, roles, defaultTenant));
    }

    /** The caller a user with these realm roles is. */
    public static Caller caller(String user, Set<String> realmRoles, String defaultTenant) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String tenant = defaultTenant;
        for (String name : realmRoles) {
            if (name.startsWith(TENANT_ROLE) && name.length() > TENANT_ROLE.length()) {
                tenant = name.substring(TENANT_ROLE.length());
            }
            Role.ofRealmName(name).ifPresent(roles::add);
        }
        return new Caller(user, tenant, roles, null);
    }
}
