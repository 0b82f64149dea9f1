package org.stadtkern.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** A sensor gateway: publishes observations at QoS 1 with many messages in flight. */
final class Publisher implements AutoCloseable {

    private static final int IN_FLIGHT = 1000;

    private final MqttAsyncClient client;
    private final Semaphore window = new Semaphore(IN_FLIGHT);
    private final AtomicLong acknowledged = new AtomicLong();
    private volatile boolean failed;

    Publisher(String broker, String user, String password) throws MqttException {
        client = new MqttAsyncClient(broker, "bench-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        options.setReceiveMaximum(IN_FLIGHT);
        client.connect(options).waitForCompletion(10_000);
    }

    /** Publishes one observation; blocks while the in-flight window is full. False once the connection failed. */
    boolean publish(String topic, double result) throws InterruptedException {
        if (failed) {
            return false;
        }
        MqttMessage message = new MqttMessage(("{\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        window.acquire();
        try {
            client.publish(topic, message, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    acknowledged.incrementAndGet();
                    window.release();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    failed = true;
                    window.release();
                }
            });
            return true;
        } catch (MqttException e) {
            failed = true;
            window.release();
            return false;
        }
    }

    /** Waits until every message in flight is acknowledged or failed. */
    void drain() throws InterruptedException {
        window.acquire(IN_FLIGHT);
        window.release(IN_FLIGHT);
    }

    long acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void close() {
        try {
            client.disconnect().waitForCompletion(5000);
        } catch (MqttException e) {
            // the broker may be gone; nothing is left to release
        }
        try {
            client.close();
        } catch (MqttException e) {
            // as above
        }
    }
}
