package org.stadtkern.core.internal.account;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.internal.CoreConfig;

/**
 * The account the runtime connects to its broker as. With no {@code mqtt.password} configured (the
 * embedded broker's case) the account is put into the realm with a new random password at each
 * start, kept in memory only; with one configured (an external broker's account, best given as
 * {@code $[env:NAME]} or {@code $[secret:file]}) that one is used.
 */
@Component(service = RuntimeAccount.class, configurationPid = "org.stadtkern.core")
public final class RuntimeAccount {

    /**
     * The realm roles the runtime's account gets: {@code runtime}, the only publisher on output topics
     * of the embedded broker (etc/artemis.xml), and {@code admin}, a receiver of messages for administrators.
     */
    private static final String[] ROLES = {MessagePublisher.RUNTIME_ROLE, "admin"};

    private final String username;
    private final String password;
    private final boolean generated;

    @Activate
    public RuntimeAccount(CoreConfig config, @Reference RealmAccounts accounts) {
        username = config.mqtt_username();
        generated = config.mqtt_password().isEmpty();
        if (generated) {
            password = Passwords.generate();
            accounts.setPassword(username, password, ROLES);
        } else {
            password = config.mqtt_password();
        }
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Whether {@code user} is this account with a generated password: nobody guesses it, nobody locks it out. */
    boolean generated(String user) {
        return generated && username.equals(user);
    }
}
