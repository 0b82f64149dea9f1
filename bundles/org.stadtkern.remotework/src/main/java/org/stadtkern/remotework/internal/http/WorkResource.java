package org.stadtkern.remotework.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.remotework.internal.store.People;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;

/**
 * The base of the measure's resources: a refused step (a space taken, a booking in the wrong state)
 * answers 409 with the store's sentence, a value a policy refuses 400; sites, spaces and bookings of
 * another tenant answer 404 exactly like ids that do not exist. Bookers have no account: they act with
 * their secret token in header {@value #TOKEN}.
 */
abstract class WorkResource extends Resource {

    /** The header that carries a booker's token. */
    static final String TOKEN = "X-Booker-Token";
    /** The tenant's users who read: readers, and operators (who do not hold the role reader). */
    static final Set<Role> MEMBERS = Set.of(Role.READER, Role.OPERATOR);

    private static final long serialVersionUID = 1L;

    /** What answers a call; may refuse a step ({@link IllegalStateException}) or a value. */
    @FunctionalInterface
    interface Step {
        Object handle(Call call) throws Problem, IOException, SQLException;
    }

    private final transient Sites sites;
    private final transient People people;
    private final transient Policies policies;
    private final transient Tenancy tenancy;

    WorkResource(AccessControl access, Sites sites, People people, Policies policies, Tenancy tenancy) {
        super(access);
        this.sites = sites;
        this.people = people;
        this.policies = policies;
        this.tenancy = tenancy;
    }

    /** Declares a route for callers with any of the roles (none: everyone) whose refusals become problems. */
    final void route(String method, String template, Set<Role> anyOf, Step step) {
        handleAny(method, template, anyOf, call -> {
            try {
                return step.handle(call);
            } catch (IllegalStateException e) {
                throw new Problem(409, "Conflict", e.getMessage());
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest(e.getMessage());
            }
        });
    }

    /** The tenant of the caller, or for anonymous callers the public one. */
    final String tenant(Call call) {
        return call.tenantOr(policies.publicTenant(tenancy.defaultTenant()));
    }

    /** The tenant's site with the id in path segment {@code site}, or 404. */
    final SiteRow site(Call call) throws Problem, SQLException {
        return sites.find(tenant(call), call.path("site")).orElseThrow(() -> Problem.notFound("No such site."));
    }

    /** The booker whose token the request carries (anonymous callers only). */
    final Optional<People.Person> booker(Call call) throws SQLException {
        return call.caller().isAnonymous() ? people.byToken(tenant(call), call.request().getHeader(TOKEN))
                : Optional.empty();
    }

    /** The booker, or 401 telling how to become one. */
    final People.Person requireBooker(Call call) throws Problem, SQLException {
        return booker(call).orElseThrow(() -> new Problem(401, "Unauthorized", "Send the token you got from "
                + "POST /api/remotework/people in header " + TOKEN + "."));
    }

    final boolean operator(Call call) {
        return call.caller().has(Role.OPERATOR);
    }
}
