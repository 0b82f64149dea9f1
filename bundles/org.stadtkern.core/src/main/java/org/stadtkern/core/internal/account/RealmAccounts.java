package org.stadtkern.core.internal.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.access.Accounts;

/**
 * {@link Accounts} in the realm {@value #REALM} through Karaf's own backing engine (what
 * {@code jaas:useradd} uses): with {@code encryption.enabled} the realm stores the hash, and the
 * users file is kept readable by the runtime's user only.
 */
@Component(service = {Accounts.class, RealmAccounts.class})
public final class RealmAccounts implements Accounts {

    static final String REALM = "karaf";
    private static final String GROUP = "_g_:";
    private static final Logger LOG = LoggerFactory.getLogger(RealmAccounts.class);

    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final List<BackingEngineFactory> engines = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + LoginLockout.MARKER + "=*))")
    void addRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC)
    void addEngine(BackingEngineFactory factory) {
        engines.add(factory);
    }

    void removeEngine(BackingEngineFactory factory) {
        engines.remove(factory);
    }

    @Override
    public synchronized Optional<String> create(String user, String... roles) {
        String password = Passwords.generate();
        return createWithPassword(user, password, roles) ? Optional.of(password) : Optional.empty();
    }

    /** Creates the user with this password unless it exists; true when it was created. */
    synchronized boolean createWithPassword(String user, String password, String... roles) {
        BackingEngine engine = engine();
        if (engine.lookupUser(user) != null) {
            return false;
        }
        engine.addUser(user, password);
        for (String role : roles) {
            if (role.startsWith(GROUP)) {
                engine.addGroup(user, role.substring(GROUP.length()));
            } else {
                engine.addRole(user, role);
            }
        }
        protectUsersFile();
        return true;
    }

    /** Sets the password of the user, creating it where it does not exist, and gives it these roles. */
    synchronized void setPassword(String user, String password, String... roles) {
        if (!createWithPassword(user, password, roles)) {
            BackingEngine engine = engine();
            engine.addUser(user, password);
            Set<String> held = engine.listRoles(new UserPrincipal(user)).stream().map(Principal::getName)
                    .collect(Collectors.toSet());
            for (String role : roles) {
                if (!role.startsWith(GROUP) && !held.contains(role)) {
                    engine.addRole(user, role);
                }
            }
            protectUsersFile();
        }
    }

    private BackingEngine engine() {
        JaasRealm realm = realms.stream().filter(r -> REALM.equals(r.getName()))
                .max((a, b) -> Integer.compare(a.getRank(), b.getRank()))
                .orElseThrow(() -> new IllegalStateException("No JAAS realm '" + REALM + "'."));
        for (AppConfigurationEntry entry : realm.getEntries()) {
            Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
            for (BackingEngineFactory factory : engines) {
                if (factory.getModuleClass().equals(module)) {
                    return factory.build(entry.getOptions());
                }
            }
        }
        throw new IllegalStateException("The realm '" + REALM + "' cannot create users here; create them "
                + "where its login module keeps them.");
    }

    private static void protectUsersFile() {
        Path users = Path.of(System.getProperty("karaf.etc", "etc"), "users.properties");
        try {
            Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("Could not make {} readable by the runtime's user only: {}", users, e.toString());
        }
    }
}
