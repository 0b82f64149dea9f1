package org.stadtkern.broker.internal;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Only the runtime retains messages: displays read what the runtime retains (latest values, vehicle
 * loads), and a client's retained message on an input topic would be delivered, and stored again, at
 * every reconnect of the runtime. A client's retained publish is refused.
 */
@Component(immediate = true)
public final class RetainedByRuntimeOnly implements ActiveMQServerMessagePlugin {

    private final ActiveMQServer server;

    @Activate
    public RetainedByRuntimeOnly(@Reference ActiveMQServer server) {
        this.server = server;
        server.registerBrokerPlugin(this);
    }

    @Deactivate
    void stop() {
        server.unRegisterBrokerPlugin(this);
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) throws ActiveMQException {
        if (session != null && session.getValidatedUser() != null
                && Boolean.TRUE.equals(message.getObjectProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_KEY))
                && !SessionCaller.runtime(session)) {
            throw new ActiveMQSecurityException("Only the runtime retains messages.");
        }
    }
}
