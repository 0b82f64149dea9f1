package org.stadtkern.core.internal.account;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * {@code jaas:user-add} uses): with {@code encryption.enabled} the realm stores the hash, and the
 * users file is kept readable by the runtime's user only.
 */
@Component(service = {Accounts.class, RealmAccounts.class})
public final class RealmAccounts implements Accounts {

    static final String REALM = "karaf";
    private static final String GROUP = "_g_:";
    private static final Logger LOG = LoggerFactory.getLogger(RealmAccounts.class);
    private static final int WRITE_ATTEMPTS = 5;
    /** How long a write waits at most for Karaf to hash plain passwords (it may wait 20 s for its hashing service). */
    private static final long SETTLE_MILLIS = 30_000;

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
        if (engine().lookupUser(user) != null) {
            return false;
        }
        write(user, password, roles);
        return true;
    }

    /** Sets the password of the user, creating it where it does not exist, and gives it these roles. */
    synchronized void setPassword(String user, String password, String... roles) {
        write(user, password, roles);
    }

    /**
     * Writes the user with its password and roles once Karaf's watcher of the file has nothing to hash
     * ({@link UsersFile}), and reads the file again until it shows them.
     */
    private void write(String user, String password, String... roles) {
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            Map<String, ?> options = realmOptions();
            UsersFile file = usersFile(options);
            try {
                file.awaitHashed(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the realm's file was being hashed", e);
            }
            BackingEngine engine = engine(options);
            engine.addUser(user, password);
            Set<String> held = held(engine, user);
            for (String role : roles) {
                if (role.startsWith(GROUP) && !held.contains(role)) {
                    engine.addGroup(user, role.substring(GROUP.length()));
                } else if (!held.contains(role)) {
                    engine.addRole(user, role);
                }
            }
            file.protect();
            if (held(engine(options), user).containsAll(List.of(roles))) {
                return;
            }
            LOG.info("User '{}' not in the realm's file as written (attempt {}), writing again", user, attempt);
        }
        throw new IllegalStateException("The realm did not keep the user '" + user + "' with its roles.");
    }

    /** The file of the realm's options: hashed passwords marked as Karaf's encryption options say. */
    private static UsersFile usersFile(Map<String, ?> options) {
        boolean hashing = "true".equals(String.valueOf(options.get("encryption.enabled")));
        Object users = options.get("users");
        Path path = users == null ? null : Path.of(String.valueOf(users));
        String prefix = String.valueOf(Objects.requireNonNullElse(options.get("encryption.prefix"), "{CRYPT}"));
        return new UsersFile(path == null || !path.toFile().exists() ? UsersFile.inEtc() : path,
                hashing ? prefix : null,
                String.valueOf(Objects.requireNonNullElse(options.get("encryption.suffix"), "{CRYPT}")));
    }

    /** The user's roles and groups ({@code _g_:name}) as the file holds them; empty without the user. */
    private static Set<String> held(BackingEngine engine, String user) {
        UserPrincipal principal = engine.lookupUser(user);
        if (principal == null) {
            return Set.of();
        }
        Set<String> held = engine.listRoles(principal).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        engine.listGroups(principal).forEach(group -> held.add(GROUP + group.getName()));
        return held;
    }

    private BackingEngine engine() {
        return engine(realmOptions());
    }

    private BackingEngine engine(Map<String, ?> options) {
        Object module = options.get(ProxyLoginModule.PROPERTY_MODULE);
        for (BackingEngineFactory factory : engines) {
            if (factory.getModuleClass().equals(module)) {
                return factory.build(options);
            }
        }
        throw new IllegalStateException("The realm '" + REALM + "' cannot create users here; create them "
                + "where its login module keeps them.");
    }

    /** The options of the realm's login module that a backing engine can write to. */
    private Map<String, ?> realmOptions() {
        JaasRealm realm = realms.stream().filter(r -> REALM.equals(r.getName()))
                .max((a, b) -> Integer.compare(a.getRank(), b.getRank()))
                .orElseThrow(() -> new IllegalStateException("No JAAS realm '" + REALM + "'."));
        for (AppConfigurationEntry entry : realm.getEntries()) {
            Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
            if (engines.stream().anyMatch(factory -> factory.getModuleClass().equals(module))) {
                return entry.getOptions();
            }
        }
        throw new IllegalStateException("The realm '" + REALM + "' cannot create users here; create them "
                + "where its login module keeps them.");
    }
}
