package org.stadtkern.core.internal.camel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.paho.mqtt5.PahoMqtt5Consumer;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MQTT subscriptions alive. Durable subscriptions do not reconnect by themselves (Paho's
 * automatic reconnect does not always restore a subscription after a broker restart); every five
 * seconds this watch restarts each MQTT-consuming route whose connection is gone, once the broker
 * accepts connections again. The fresh connection resumes the durable session and receives the
 * messages queued meanwhile.
 */
final class BrokerWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerWatch.class);
    private static final long PERIOD_SECONDS = 5;

    private final CamelContext context;
    private final BrokerProbe probe;
    /** Restarts a route, if it is still there: the runtime's, so that no removal runs meanwhile. */
    private final Consumer<String> restart;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "stadtkern-broker-watch"));

    BrokerWatch(CamelContext context, BrokerProbe probe, Consumer<String> restart) {
        this.context = context;
        this.probe = probe;
        this.restart = restart;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void check() {
        for (Route route : context.getRoutes()) {
            if (route.getConsumer() instanceof PahoMqtt5Consumer consumer && !connected(consumer)
                    && context.getRouteController().getRouteStatus(route.getRouteId()).isStarted()) {
                String failure = probe.failure();
                if (failure != null) {
                    LOG.debug("Route {} waits for the broker: {}", route.getRouteId(), failure);
                    return;
                }
                LOG.info("Route {} lost its MQTT connection; reconnecting", route.getRouteId());
                restart.accept(route.getRouteId());
            }
        }
    }

    private static boolean connected(PahoMqtt5Consumer consumer) {
        MqttClient client = consumer.getClient();
        return client != null && client.isConnected();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
