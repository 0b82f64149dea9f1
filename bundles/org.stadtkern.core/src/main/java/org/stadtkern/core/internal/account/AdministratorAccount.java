package org.stadtkern.core.internal.account;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator {@value #USER} at the first start: the distribution ships no password for it.
 * Its password is {@code STADTKERN_ADMIN_PASSWORD} from the environment when set (scripts,
 * containers, CI start unattended), else generated and printed once on the console.
 */
@Component(immediate = true)
public final class AdministratorAccount {

    static final String USER = "karaf";
    static final String ENVIRONMENT = "STADTKERN_ADMIN_PASSWORD";
    private static final String GROUP = "_g_:admingroup";
    private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

    @Activate
    public AdministratorAccount(@Reference RealmAccounts accounts) {
        String given = System.getenv(ENVIRONMENT);
        if (given != null && !given.isBlank()) {
            if (accounts.createWithPassword(USER, given, GROUP)) {
                LOG.info("Administrator '{}' created with the password from {}", USER, ENVIRONMENT);
            }
            return;
        }
        accounts.create(USER, GROUP).ifPresent(password -> {
            // the console only: a log file is read by more people than the person who started the runtime
            System.out.println();
            System.out.println("Stadtkern: administrator '" + USER + "' created, password " + password);
            System.out.println("  shown once; change it: jaas:realm-manage --realm karaf, jaas:user-add, jaas:update");
            System.out.println();
            LOG.warn("Administrator '{}' created with a generated password, printed once on the console", USER);
        });
    }
}
