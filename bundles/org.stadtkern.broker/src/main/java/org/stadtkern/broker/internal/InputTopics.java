package org.stadtkern.broker.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConsumerPlugin;
import org.apache.activemq.artemis.core.settings.HierarchicalRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.MessagePublisher;

/**
 * Opens exactly the runtime's input topics to sensors: whatever the runtime subscribes to (the
 * measures' create, door-event and count topics, the inputs of route files) may be published to by
 * role {@value #WRITER}, from the runtime's first subscription until the broker stops. It stays open
 * while a measure is removed or updated: its durable subscription keeps what sensors send meanwhile.
 * Every other address keeps the permissions of etc/artemis.xml, where only the runtime publishes.
 * The permissions are Artemis' own security settings, so a refused publish gets MQTT's "not
 * authorized".
 */
@Component(immediate = true)
public final class InputTopics implements ActiveMQServerConsumerPlugin {

    static final String WRITER = "mqtt-writer";
    static final String READER = "mqtt-reader";
    static final String ADMIN = "admin";

    private final ActiveMQServer server;
    private final HierarchicalRepository<Set<Role>> security;
    private final Set<String> inputs = ConcurrentHashMap.newKeySet();

    @Activate
    public InputTopics(@Reference ActiveMQServer server) {
        this.server = server;
        this.security = server.getSecurityRepository();
        server.registerBrokerPlugin(this);
        for (ServerSession session : server.getSessions()) {
            session.getServerConsumers().forEach(this::afterCreateConsumer);
        }
    }

    @Deactivate
    void stop() {
        server.unRegisterBrokerPlugin(this);
        inputs.forEach(security::removeMatch);
        inputs.clear();
    }

    @Override
    public void afterCreateConsumer(ServerConsumer consumer) {
        if (SessionCaller.runtime(server.getSessionByID(consumer.getSessionID()))) {
            String address = consumer.getQueue().getAddress().toString();
            if (inputs.add(address)) {
                security.addMatch(address, permissions());
            }
        }
    }

    /** An input: the runtime does everything; writers publish; readers and administrators subscribe. */
    private static Set<Role> permissions() {
        // name, send, consume, createDurableQueue, deleteDurableQueue, createNonDurableQueue,
        // deleteNonDurableQueue, manage, browse, createAddress, deleteAddress
        return Set.of(
                new Role(MessagePublisher.RUNTIME_ROLE, true, true, true, true, true, true, false, true, true, false),
                new Role(WRITER, true, false, false, false, false, false, false, false, true, false),
                new Role(READER, false, true, true, true, true, true, false, true, true, false),
                new Role(ADMIN, true, true, true, true, true, true, false, true, true, false));
    }
}
