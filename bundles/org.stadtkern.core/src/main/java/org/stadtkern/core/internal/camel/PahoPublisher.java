package org.stadtkern.core.internal.camel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.internal.CoreConfig;

/**
 * Publishes on one asynchronous Paho connection to the configured broker (PID org.stadtkern.core):
 * QoS 0 messages are handed to the client without waiting, so notifications cost their callers
 * almost nothing; QoS 1 waits for the broker's acknowledgement. Reconnects by itself.
 */
@Component(service = MessagePublisher.class, configurationPid = "org.stadtkern.core")
public final class PahoPublisher implements MessagePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PahoPublisher.class);
    private static final long QOS1_TIMEOUT_MILLIS = 10_000;

    private final MqttAsyncClient client;
    private final MqttProperties origin = new MqttProperties();

    @Activate
    public PahoPublisher(CoreConfig config) throws MqttException {
        origin.setUserProperties(List.of(new UserProperty(ORIGIN_PROPERTY, ORIGIN)));
        client = new MqttAsyncClient(config.mqtt_url(), "stadtkern-publisher-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(config.mqtt_username());
        options.setPassword(config.mqtt_password().getBytes(StandardCharsets.UTF_8));
        options.setAutomaticReconnect(true);
        options.setCleanStart(true);
        options.setKeepAliveInterval(10);
        options.setConnectionTimeout(5);
        try {
            client.connect(options);
        } catch (MqttException e) {
            LOG.warn("Publisher not connected to {} yet ({}); it keeps trying", config.mqtt_url(), e.getMessage());
        }
    }

    @Deactivate
    void stop() {
        try {
            if (client.isConnected()) {
                client.disconnect(2000).waitForCompletion(3000);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Publisher closed with {}", e.getMessage());
        }
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained, String audience) {
        if (topic.contains("#") || topic.contains("+") || qos < 0 || qos > 1) {
            throw new IllegalArgumentException("Publish to a topic without wildcards at QoS 0 or 1.");
        }
        if (!client.isConnected()) {
            throw new IllegalStateException("Not connected to the broker.");
        }
        MqttProperties properties = origin;
        if (audience != null) {
            properties = new MqttProperties();
            properties.setUserProperties(List.of(new UserProperty(ORIGIN_PROPERTY, ORIGIN),
                    new UserProperty(AUDIENCE_PROPERTY, audience)));
        }
        MqttMessage message = new MqttMessage(payload, qos, retained, properties);
        try {
            var token = client.publish(topic, message);
            if (qos == 1) {
                token.waitForCompletion(QOS1_TIMEOUT_MILLIS);
            }
        } catch (MqttException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed: " + e.getMessage(), e);
        }
    }
}
