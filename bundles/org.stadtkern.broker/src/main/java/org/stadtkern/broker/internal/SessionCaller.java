package org.stadtkern.broker.internal;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.activemq.artemis.core.server.ServerSession;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;

/** A broker session's user as a caller of the access model: the realm's roles, the tenant they name. */
final class SessionCaller {

    /** The principal class of the Karaf JAAS realm's roles (etc/org.apache.activemq.artemis.cfg). */
    static final String ROLE_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.RolePrincipal";

    private SessionCaller() {
    }

    /** The session's user as a caller, anonymous when unknown. */
    static Caller of(ServerSession session, AccessControl access) {
        if (session == null || session.getValidatedUser() == null) {
            return Caller.anonymous(null);
        }
        return access.caller(session.getValidatedUser(), roles(session));
    }

    /** Whether the session is the runtime's own (its user has {@link MessagePublisher#RUNTIME_ROLE}). */
    static boolean runtime(ServerSession session) {
        return session != null && session.getValidatedUser() != null
                && roles(session).contains(MessagePublisher.RUNTIME_ROLE);
    }

    /** The realm roles of the session's user. */
    static Set<String> roles(ServerSession session) {
        Subject subject = session.getRemotingConnection() == null ? null
                : session.getRemotingConnection().getSubject();
        return subject == null ? Set.of() : subject.getPrincipals().stream()
                .filter(p -> p.getClass().getName().equals(ROLE_PRINCIPAL)).map(Principal::getName)
                .collect(Collectors.toSet());
    }
}
