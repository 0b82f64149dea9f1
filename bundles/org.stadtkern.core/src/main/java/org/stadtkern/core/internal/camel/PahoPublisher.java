package org.stadtkern.core.internal.camel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.internal.CoreConfig;
import org.stadtkern.core.internal.account.RuntimeAccount;

/**
 * Publishes on one asynchronous Paho connection to the configured broker (PID org.stadtkern.core):
 * QoS 0 messages are handed to the client without waiting, so notifications cost their callers
 * almost nothing; QoS 1 waits for the broker's acknowledgement. The same connection tells the
 * runtime's health whether the broker takes its credentials ({@link #failure()}): no probe client.
 */
@Component(service = {MessagePublisher.class, PahoPublisher.class}, configurationPid = "org.stadtkern.core")
public final class PahoPublisher implements MessagePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PahoPublisher.class);
    private static final long QOS1_TIMEOUT_MILLIS = 10_000;
    /** How often a connection that is down is tried again, at most. */
    private static final long RETRY_MILLIS = 2000;

    private final MqttAsyncClient client;
    private final MqttConnectionOptions options = new MqttConnectionOptions();
    private final String url;
    private volatile String failure = "not connected yet";
    private volatile long attemptedAt;

    @Activate
    public PahoPublisher(CoreConfig config, @Reference RuntimeAccount account) throws MqttException {
        url = config.mqtt_url();
        client = new MqttAsyncClient(url, "stadtkern-publisher-" + UUID.randomUUID(), new MemoryPersistence());
        client.setCallback(new ConnectionState());
        options.setUserName(account.username());
        options.setPassword(account.password().getBytes(StandardCharsets.UTF_8));
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 10);
        options.setCleanStart(true);
        options.setKeepAliveInterval(10);
        options.setConnectionTimeout(5);
        connect();
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

    /**
     * Null while the runtime is connected to the broker, else why not (refused credentials, no broker
     * at the address); while it is not, each call tries again, at most every two seconds.
     */
    public String failure() {
        if (client.isConnected()) {
            return null;
        }
        if (System.currentTimeMillis() - attemptedAt > RETRY_MILLIS) {
            connect();
        }
        return failure;
    }

    private void connect() {
        attemptedAt = System.currentTimeMillis();
        try {
            client.connect(options, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    failure = null;
                }

                @Override
                public void onFailure(IMqttToken token, Throwable exception) {
                    failure = reason(exception);
                }
            });
        } catch (MqttException e) {
            // already connected or connecting (the automatic reconnect): its outcome is reported
            if (e.getReasonCode() != MqttClientException.REASON_CODE_CONNECT_IN_PROGRESS
                    && e.getReasonCode() != MqttClientException.REASON_CODE_CLIENT_CONNECTED) {
                failure = reason(e);
            }
        }
    }

    private static String reason(Throwable failure) {
        return failure instanceof MqttException mqtt ? mqtt.getMessage() + " (" + mqtt.getReasonCode() + ")"
                : String.valueOf(failure.getMessage());
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained, String audience) {
        if (topic.contains("#") || topic.contains("+") || qos < 0 || qos > 1) {
            throw new IllegalArgumentException("Publish to a topic without wildcards at QoS 0 or 1.");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("Name the audience of " + topic + ": OPEN, tenant(...) or "
                    + "ADMINISTRATORS.");
        }
        if (!client.isConnected()) {
            throw new IllegalStateException("Not connected to the broker at " + url + ": " + failure);
        }
        MqttProperties properties = new MqttProperties();
        properties.setUserProperties(List.of(new UserProperty(ORIGIN_PROPERTY, ORIGIN),
                new UserProperty(AUDIENCE_PROPERTY, audience)));
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

    /** Keeps {@link #failure} up to date as the connection comes and goes. */
    private final class ConnectionState implements MqttCallback {

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            failure = null;
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            failure = response.getException() != null ? reason(response.getException())
                    : "disconnected by the broker: " + response.getReasonString();
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            LOG.debug("Publisher connection: {}", exception.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // the publisher subscribes to nothing
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // QoS 1 publishers wait for their token
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            // no enhanced authentication
        }
    }
}
