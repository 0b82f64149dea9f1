package org.stadtkern.broker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerSessionPlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.measure.MqttInput;

/**
 * Names the tenant of each message's publisher in the MQTT 5 user property
 * {@value MqttInput#TENANT_PROPERTY}, as the realm knows the user (role {@code tenant.<name>}, else the
 * runtime's default tenant), and removes whatever a client wrote there: measures know whose data a
 * message is ({@link MqttInput}), and no client can pass its data off as another tenant's. Artemis keeps
 * MQTT 5 user properties as {@code <prefix><index>.<name>} with indexes 0..n-1 and n in
 * {@code MQTT_USER_PROPERTY_EXISTS_KEY}: the stamp is appended, and only a message that carries a stamp
 * already has its list rewritten. The origin mark ({@link MessagePublisher#ORIGIN_PROPERTY}) is
 * removed from every publisher's messages but the runtime's: with it a client could have its own
 * messages ignored as if the runtime had sent them. The tenant is looked up once per session.
 */
@Component(service = TenantStamp.class, immediate = true)
public final class TenantStamp implements ActiveMQServerMessagePlugin, ActiveMQServerSessionPlugin {

    private static final String PREFIX = MQTTUtil.MQTT_USER_PROPERTY_KEY_PREFIX;
    private static final String SUFFIX = "." + MqttInput.TENANT_PROPERTY;
    private static final String ORIGIN = "." + MessagePublisher.ORIGIN_PROPERTY;
    /** Stands for "no tenant" (an anonymous session) in the cache. */
    private static final String NONE = "";

    private final ActiveMQServer server;
    private final AccessControl access;
    private final Map<String, Publisher> publishers = new ConcurrentHashMap<>();

    /** A session's tenant, and whether it is the runtime's own. */
    private record Publisher(String tenant, boolean runtime) {
        static final Publisher UNKNOWN = new Publisher(NONE, false);
    }

    @Activate
    public TenantStamp(@Reference ActiveMQServer server, @Reference AccessControl access) {
        this.server = server;
        this.access = access;
        server.registerBrokerPlugin(this);
    }

    @Deactivate
    void stop() {
        server.unRegisterBrokerPlugin(this);
    }

    @Override
    public void afterCloseSession(ServerSession session, boolean failed) {
        publishers.remove(session.getName());
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) {
        Publisher publisher = session == null ? Publisher.UNKNOWN
                : publishers.computeIfAbsent(session.getName(), name -> {
                    String found = SessionCaller.of(session, access).tenant();
                    return new Publisher(found == null ? NONE : found, SessionCaller.runtime(session));
                });
        String tenant = publisher.tenant();
        Integer count = message.containsProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY)
                ? message.getIntProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY) : null;
        boolean forged = !publisher.runtime() && carries(message, ORIGIN);
        if (count != null && count > 0 && (carries(message, SUFFIX) || forged)) {
            rewrite(message, tenant, publisher.runtime());
        } else if (!tenant.isEmpty()) {
            int next = count == null ? 0 : count;
            message.putStringProperty(PREFIX + next + SUFFIX, tenant);
            message.putIntProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY, next + 1);
        }
    }

    private static boolean carries(Message message, String suffix) {
        for (SimpleString name : message.getPropertyNames()) {
            String key = name.toString();
            if (key.startsWith(PREFIX) && key.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The user properties without the client's stamps (and, unless the publisher is the runtime, its
     * origin marks), renumbered, with ours last.
     */
    private static void rewrite(Message message, String tenant, boolean runtime) {
        TreeMap<Integer, String[]> kept = new TreeMap<>();
        for (SimpleString name : new ArrayList<>(message.getPropertyNames())) {
            String key = name.toString();
            int dot = key.startsWith(PREFIX) ? key.indexOf('.', PREFIX.length()) : -1;
            if (dot < 0) {
                continue;
            }
            if (!key.endsWith(SUFFIX) && (runtime || !key.endsWith(ORIGIN))) {
                kept.put(index(key.substring(PREFIX.length(), dot)), new String[] {key.substring(dot + 1),
                        message.getStringProperty(name)});
            }
            message.removeProperty(name);
        }
        List<String[]> properties = new ArrayList<>(kept.values());
        if (!tenant.isEmpty()) {
            properties.add(new String[] {MqttInput.TENANT_PROPERTY, tenant});
        }
        for (int i = 0; i < properties.size(); i++) {
            message.putStringProperty(PREFIX + i + "." + properties.get(i)[0], properties.get(i)[1]);
        }
        if (properties.isEmpty()) {
            message.removeProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY);
        } else {
            message.putIntProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY, properties.size());
        }
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
