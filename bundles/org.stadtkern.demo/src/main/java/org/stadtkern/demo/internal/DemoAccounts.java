package org.stadtkern.demo.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.access.Accounts;

/**
 * The demo city's broker accounts, only where the demo is installed: {@code sensor} publishes like a
 * gateway ({@code mqtt-writer}), {@code display} subscribes like a stop display ({@code mqtt-reader}).
 * Created at the demo's first start with generated passwords, printed once on the console.
 */
@Component(immediate = true)
public final class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    @Activate
    public DemoAccounts(@Reference Accounts accounts) {
        create(accounts, "sensor", "mqtt-writer");
        create(accounts, "display", "mqtt-reader");
    }

    private static void create(Accounts accounts, String user, String role) {
        accounts.create(user, role).ifPresent(password -> {
            System.out.println("Stadtkern demo: MQTT user '" + user + "' (" + role + ") created, password " + password);
            LOG.info("Demo MQTT user '{}' created with a generated password, printed once on the console", user);
        });
    }
}
