package org.stadtkern.sovereignty.internal.access;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Classification;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Denied;
import org.stadtkern.sovereignty.internal.identity.JaasRealm;
import org.stadtkern.core.api.access.Readable;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.sovereignty.internal.Settings;
import org.stadtkern.sovereignty.internal.audit.AuditLog;
import org.stadtkern.sovereignty.internal.identity.Grants;
import org.stadtkern.sovereignty.internal.identity.RealmLogin;
import org.stadtkern.sovereignty.internal.identity.Tokens;
import org.stadtkern.sovereignty.internal.policy.CountRule;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.sovereignty.internal.policy.Policies;

/**
 * The access decisions of the runtime: open datasets for everyone, internal ones for the users of
 * their tenant with a role, personal ones only with a valid grant for the purpose the request
 * declares. Reads of internal and personal data and every refusal are recorded in the audit log.
 */
@Component(service = {AccessControl.class, AccessService.class})
public final class AccessService implements AccessControl {

    /** The dataset name of Datastreams that name none. */
    public static final String UNASSIGNED = "";
    /** The dataset name that stands for every dataset of a tenant in {@link #recordRead}. */
    public static final String ALL = "*";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final long LOGIN_CACHE_MILLIS = 30_000;
    private static final int LOGIN_CACHE_MAX = 1_000;

    private final Settings settings;
    private final Policies policies;
    private final Grants grants;
    private final Tokens tokens;
    private final AuditLog audit;
    private final String defaultTenant;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, CachedLogin> logins = new ConcurrentHashMap<>();

    private record CachedLogin(Caller caller, long until) {
    }

    @Activate
    public AccessService(@Reference Settings settings, @Reference Policies policies, @Reference Grants grants,
            @Reference Tokens tokens, @Reference AuditLog audit, @Reference Tenancy tenancy) {
        this.settings = settings;
        this.policies = policies;
        this.grants = grants;
        this.tokens = tokens;
        this.audit = audit;
        this.defaultTenant = tenancy.defaultTenant();
    }

    @Override
    public Caller authenticate(HttpServletRequest request) throws Denied {
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose == null) {
            purpose = request.getParameter("purpose");
        }
        String authorization = request.getHeader("Authorization");
        Caller caller;
        if (authorization == null) {
            caller = Caller.anonymous(null);
        } else if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String[] credentials = basic(authorization.substring(BASIC.length()).trim());
            caller = login(credentials[0], credentials[1]);
        } else if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            caller = token(authorization.substring(BEARER.length()).trim());
        } else {
            throw new Denied(401, "Log in with HTTP Basic or an API token (Authorization: Bearer ...).");
        }
        return withPurpose(caller, purpose, request.getRequestURI());
    }

    @Override
    public Caller authenticate(String user, String password, String purpose) throws Denied {
        return withPurpose(login(user, password), purpose, "login");
    }

    @Override
    public Caller caller(String user, Set<String> realmRoles) {
        return RealmLogin.caller(user, realmRoles, defaultTenant);
    }

    private Caller withPurpose(Caller caller, String purpose, String what) throws Denied {
        if (purpose == null || purpose.isBlank()) {
            return caller;
        }
        String trimmed = purpose.trim();
        if (!settings.purposes().contains(trimmed)) {
            recordDenied(caller, what, "undeclared purpose");
            throw new Denied(403, "The purpose is not one of the city's declared purposes " + settings.purposes()
                    + ".");
        }
        return caller.withPurpose(trimmed);
    }

    private Caller login(String user, String password) throws Denied {
        String key = user + '\0' + password;
        CachedLogin cached = logins.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.until() > now) {
            return cached.caller();
        }
        Optional<Caller> caller = RealmLogin.login(user, password, defaultTenant);
        if (caller.isEmpty()) {
            // counted by the realm's lockout, not audited one by one: a guessing attacker must not fill the log
            throw new Denied(401, "User or password not accepted.");
        }
        if (logins.size() >= LOGIN_CACHE_MAX) {
            logins.clear();
        }
        logins.put(key, new CachedLogin(caller.get(), now + LOGIN_CACHE_MILLIS));
        return caller.get();
    }

    private Caller token(String token) throws Denied {
        try {
            Optional<Caller> caller = tokens.find(token, clock.instant());
            if (caller.isEmpty()) {
                recordDenied(Caller.anonymous(null), "API token", "unknown or expired token");
                throw new Denied(401, "The API token is unknown or has expired.");
            }
            return caller.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] basic(String encoded) throws Denied {
        try {
            return JaasRealm.basicCredentials(encoded);
        } catch (IllegalArgumentException e) {
            throw new Denied(401, "Malformed Basic credentials.");
        }
    }

    @Override
    public Readable readable(Caller caller) {
        Map<String, Set<String>> datasets = new HashMap<>();
        boolean member = !caller.isAnonymous() && (caller.has(Role.READER) || caller.has(Role.OPERATOR)
                || caller.has(Role.DATA_OWNER));
        String memberOf = member ? caller.tenant() : null;
        Set<String> grantedDatasets = granted(caller);
        Set<String> withheld = new HashSet<>();
        for (DatasetPolicy policy : policies.all()) {
            DatasetRef dataset = policy.dataset();
            if (dataset.tenant().equals(memberOf)) {
                boolean personalAllowed = caller.purpose() != null && policy.purposes().contains(caller.purpose())
                        && grantedDatasets.contains(dataset.name());
                if (policy.classification() == Classification.PERSONAL && !personalAllowed) {
                    withheld.add(dataset.name());
                }
            } else if (readableByEveryone(dataset)) {
                // open data; counts with a publication rule reach outsiders only through the measures
                // that publish them (publishedCount), never as raw records
                datasets.computeIfAbsent(dataset.tenant(), t -> new HashSet<>()).add(dataset.name());
            }
        }
        if (settings.unassigned() == Classification.OPEN) {
            Set<String> tenants = new HashSet<>(List.of(defaultTenant));
            policies.all().forEach(p -> tenants.add(p.dataset().tenant()));
            tenants.stream().filter(t -> !t.equals(memberOf))
                    .forEach(t -> datasets.computeIfAbsent(t, x -> new HashSet<>()).add(UNASSIGNED));
        }
        return new Readable(datasets, memberOf, withheld);
    }

    private Set<String> granted(Caller caller) {
        if (caller.isAnonymous() || caller.purpose() == null) {
            return Set.of();
        }
        try {
            Set<String> names = new HashSet<>();
            grants.valid(caller.tenant(), caller.user(), clock.instant()).stream()
                    .filter(grant -> grant.purpose().equals(caller.purpose()))
                    .forEach(grant -> names.add(grant.dataset()));
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Classification classification(DatasetRef dataset) {
        if (UNASSIGNED.equals(dataset.name())) {
            return settings.unassigned();
        }
        return policies.of(dataset).map(DatasetPolicy::classification).orElse(Classification.INTERNAL);
    }

    @Override
    public boolean readableByEveryone(DatasetRef dataset) {
        if (UNASSIGNED.equals(dataset.name())) {
            return settings.unassigned() == Classification.OPEN;
        }
        return policies.of(dataset).map(p -> p.classification() == Classification.OPEN
                && p.countRule().kind() == CountRule.Kind.NONE).orElse(false);
    }

    @Override
    public OptionalLong publishedCount(DatasetRef dataset, long count) {
        return policies.of(dataset).map(policy -> policy.countRule().apply(count)).orElse(OptionalLong.of(count));
    }

    @Override
    public void recordRead(Caller caller, DatasetRef dataset, String what) {
        if (ALL.equals(dataset.name())) {
            // a read across the tenant's data: the internal data, and each personal dataset the caller may read
            audit.append(dataset.tenant(), caller.name(), "read", ALL, caller.purpose(), what);
            Readable readable = readable(caller);
            policies.all().stream().filter(p -> p.dataset().tenant().equals(dataset.tenant())
                    && p.classification() == Classification.PERSONAL && readable.allows(p.dataset()))
                    .forEach(p -> audit.append(dataset.tenant(), caller.name(), "read", p.dataset().name(),
                            caller.purpose(), what));
            return;
        }
        if (classification(dataset) != Classification.OPEN) {
            audit.append(dataset.tenant(), caller.name(), "read", dataset.name(), caller.purpose(), what);
        }
    }

    @Override
    public void recordDenied(Caller caller, String what, String reason) {
        audit.append(caller.tenant() == null ? defaultTenant : caller.tenant(), caller.name(), "denied", null,
                caller.purpose(), what + ": " + reason);
    }
}
