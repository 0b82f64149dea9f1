package org.stadtkern.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** A sensor gateway: publishes observations at QoS 1 with many messages in flight. */
final class Publisher implements AutoCloseable {

    private static final int IN_FLIGHT = 1000;

    private final MqttAsyncClient client;
    private final Semaphore window = new Semaphore(IN_FLIGHT);
    private final AtomicLong acknowledged = new AtomicLong();
    private final BitSet acknowledgedResults = new BitSet();
    private volatile boolean failed;

    Publisher(String broker, String user, String password) throws MqttException {
        client = new MqttAsyncClient(broker, "bench-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        options.setReceiveMaximum(IN_FLIGHT);
        client.connect(options).waitForCompletion(10_000);
    }

    /**
     * Publishes one observation whose result is {@code sequence}; blocks while the in-flight window
     * is full. False once the connection failed.
     */
    boolean publish(String topic, int sequence) throws InterruptedException {
        double result = sequence;
        return publish(topic, ("{\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8), sequence);
    }

    /** Publishes a payload at QoS 1; blocks while the in-flight window is full. False once the connection failed. */
    boolean publish(String topic, byte[] payload, int sequence) throws InterruptedException {
        if (failed) {
            return false;
        }
        MqttMessage message = new MqttMessage(payload);
        message.setQos(1);
        window.acquire();
        try {
            publish(topic, message, sequence);
            return true;
        } catch (MqttException e) {
            failed = true;
            window.release();
            return false;
        }
    }

    /** Publishes, waiting while the broker's receive maximum is reached. */
    private void publish(String topic, MqttMessage message, int sequence) throws MqttException, InterruptedException {
        while (true) {
            try {
                client.publish(topic, message, sequence, listener);
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
                    throw e;
                }
                Thread.sleep(1);
            }
        }
    }

    private final MqttActionListener listener = new MqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            synchronized (acknowledgedResults) {
                acknowledgedResults.set((Integer) token.getUserContext());
            }
            acknowledged.incrementAndGet();
            window.release();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable error) {
            failed = true;
            window.release();
        }
    };

    /** Waits until every message in flight is acknowledged or failed. */
    void drain() throws InterruptedException {
        window.acquire(IN_FLIGHT);
        window.release(IN_FLIGHT);
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** The sequence numbers the broker acknowledged. */
    BitSet acknowledgedResults() {
        synchronized (acknowledgedResults) {
            return (BitSet) acknowledgedResults.clone();
        }
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
