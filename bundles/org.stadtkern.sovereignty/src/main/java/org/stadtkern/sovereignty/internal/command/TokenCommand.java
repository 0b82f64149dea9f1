package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.sovereignty.internal.identity.Tokens;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;

/**
 * {@code sovereignty:token --role reader [--tenant t] [--valid PT1H|P30D] <user>}: issues an API
 * token (shown once) for an app or dashboard acting as that user.
 */
@Command(scope = "sovereignty", name = "token", description = "Issues an API token (Authorization: Bearer ...).")
@Service
public class TokenCommand extends AuditedCommand {

    @Reference(optional = true)
    Tokens tokens;

    @Argument(index = 0, name = "user", required = true, description = "Who the token acts as")
    String user;

    @Option(name = "--role", multiValued = true, description = "reader, operator, data-owner or admin")
    List<String> roles;

    @Option(name = "--valid", description = "How long, ISO 8601 (default P30D)")
    String valid = "P30D";

    @Override
    protected Object run() throws Exception {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String name : roles == null ? List.<String>of() : roles) {
            Optional<Role> role = Role.ofRealmName(name);
            if (role.isEmpty()) {
                throw fail("Unknown role '" + name + "': reader, operator, data-owner or admin.");
            }
            granted.add(role.get());
        }
        Duration length;
        try {
            length = DatasetPolicy.duration(valid);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
        String owner = tenant();
        Instant expires = Instant.now().plus(length);
        String token = ready(tokens).issue(new Caller(user, owner, granted, null), "console", expires);
        record("token", null, null, "token for " + user + " " + granted
                + " until " + expires);
        System.out.println(token);
        System.out.println("Valid until " + expires + ". It is shown only now.");
        return null;
    }
}
