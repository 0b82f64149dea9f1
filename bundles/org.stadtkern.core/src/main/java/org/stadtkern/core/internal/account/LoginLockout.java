package org.stadtkern.core.internal.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm {@value RealmAccounts#REALM} with a lockout in front: the modules of the realm it
 * replaces (Karaf's own, or an operator's LDAP realm), preceded by {@link LockoutLoginModule}.
 * Karaf's JAAS configuration uses the realm of a name with the highest rank, so the console, the
 * broker and HTTP all get the lockout; failures are counted, not audited one by one.
 */
@Component(service = JaasRealm.class, configurationPid = "org.stadtkern.login",
        property = LoginLockout.MARKER + "=true")
@Designate(ocd = LoginConfig.class)
public final class LoginLockout implements JaasRealm {

    /** Service property of this realm, so that it does not wrap itself. */
    static final String MARKER = "stadtkern.lockout";
    private static final Logger LOG = LoggerFactory.getLogger(LoginLockout.class);

    private final BundleContext context;
    private final FailedLogins failures;
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RuntimeAccount runtime;

    @Activate
    public LoginLockout(BundleContext context, LoginConfig config) {
        this.context = context;
        this.failures = new FailedLogins(Math.max(1, config.failures()), config.window_seconds() * 1000,
                System::currentTimeMillis);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + MARKER + "=*))")
    void addRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Override
    public String getName() {
        return RealmAccounts.REALM;
    }

    @Override
    public int getRank() {
        return Integer.MAX_VALUE;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, LockoutLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(LockoutLoginModule.LOCKOUT, this);
        List<AppConfigurationEntry> entries = new ArrayList<>();
        entries.add(new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE,
                options));
        realms.stream().filter(r -> getName().equals(r.getName())).max(Comparator.comparingInt(JaasRealm::getRank))
                .ifPresent(realm -> entries.addAll(List.of(realm.getEntries())));
        return entries.toArray(AppConfigurationEntry[]::new);
    }

    boolean locked(String user) {
        return !exempt(user) && failures.locked(user);
    }

    void failed(String user) {
        if (!exempt(user) && failures.failed(user)) {
            LOG.warn("User '{}' locked out after repeated failed logins", printable(user));
        }
    }

    void succeeded(String user) {
        failures.succeeded(user);
    }

    private static String printable(String user) {
        String shown = user.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "..." : shown;
    }

    private boolean exempt(String user) {
        RuntimeAccount account = runtime;
        return account != null && account.generated(user);
    }
}
