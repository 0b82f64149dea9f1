package org.stadtkern.core.api.access;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The runtime's user accounts: the Karaf JAAS realm that the console, the MQTT broker and HTTP
 * share. A measure creates the accounts it needs (its devices, its displays) here instead of
 * shipping them with a password in {@code etc/users.properties}. Provided by the core.
 */
@ProviderType
public interface Accounts {

    /**
     * Creates {@code user} with a generated password and these realm roles (a group as
     * {@code _g_:name}) unless the realm has the user; the realm stores the password hashed.
     *
     * @return the generated password, for the operator to be shown once; empty when the user existed
     * @throws IllegalStateException when the realm cannot create users (LDAP, for example): create
     *         the user there
     */
    Optional<String> create(String user, String... roles);
}
