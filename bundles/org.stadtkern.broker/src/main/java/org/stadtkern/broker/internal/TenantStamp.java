package org.stadtkern.broker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.measure.MqttInput;

/**
 * Names the tenant of each message's publisher in the MQTT 5 user property
 * {@value MqttInput#TENANT_PROPERTY}, as the realm knows the user (role {@code tenant.<name>}, else the
 * runtime's default tenant), and removes whatever a client wrote there: measures know whose data a
 * message is ({@link MqttInput}), and no client can pass its data off as another tenant's.
 */
@Component(service = TenantStamp.class, immediate = true)
public final class TenantStamp implements ActiveMQServerMessagePlugin {

    private static final String PREFIX = MQTTUtil.MQTT_USER_PROPERTY_KEY_PREFIX;

    private final ActiveMQServer server;
    private final AccessControl access;

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
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) {
        // Artemis keeps MQTT 5 user properties as PREFIX<index>.<name> with indexes 0..n-1 and n in
        // MQTT_USER_PROPERTY_EXISTS_KEY: the list is rewritten without the client's stamps, with ours last
        TreeMap<Integer, String[]> kept = new TreeMap<>();
        for (SimpleString name : new ArrayList<>(message.getPropertyNames())) {
            String key = name.toString();
            int dot = key.startsWith(PREFIX) ? key.indexOf('.', PREFIX.length()) : -1;
            if (dot < 0) {
                continue;
            }
            String property = key.substring(dot + 1);
            if (!property.equals(MqttInput.TENANT_PROPERTY)) {
                kept.put(index(key.substring(PREFIX.length(), dot)), new String[] {property,
                        message.getStringProperty(name)});
            }
            message.removeProperty(name);
        }
        List<String[]> properties = new ArrayList<>(kept.values());
        String tenant = SessionCaller.of(session, access).tenant();
        if (tenant != null) {
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
