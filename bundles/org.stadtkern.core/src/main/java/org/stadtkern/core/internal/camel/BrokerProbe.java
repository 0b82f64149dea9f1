package org.stadtkern.core.internal.camel;

import java.util.UUID;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

/**
 * Checks the broker the way routes use it: an MQTT connect with the runtime's credentials.
 * Results are reused for two seconds so that frequent /health polls do not load the broker.
 */
public final class BrokerProbe {

    private static final long REUSE_MILLIS = 2000;

    private final String url;
    private final String user;
    private final String password;
    private long checkedAt;
    private String failure = "not checked";

    BrokerProbe(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Null when the broker accepted a connection, else why not. */
    public synchronized String failure() {
        long now = System.currentTimeMillis();
        if (now - checkedAt > REUSE_MILLIS) {
            failure = connect();
            checkedAt = System.currentTimeMillis();
        }
        return failure;
    }

    private String connect() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        options.setConnectionTimeout(2);
        options.setCleanStart(true);
        MqttClient client = null;
        try {
            client = new MqttClient(url, "stadtkern-health-" + UUID.randomUUID(), new MemoryPersistence());
            client.connect(options);
            client.disconnect();
            return null;
        } catch (MqttException e) {
            return e.getMessage() + " (" + e.getReasonCode() + ")";
        } finally {
            close(client);
        }
    }

    private static void close(MqttClient client) {
        try {
            if (client != null) {
                client.close(true);
            }
        } catch (MqttException e) {
            // the probe's result stands; nothing is left to release
        }
    }
}
