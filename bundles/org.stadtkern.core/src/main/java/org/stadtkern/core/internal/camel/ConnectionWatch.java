package org.stadtkern.core.internal.camel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.paho.mqtt5.PahoMqtt5Consumer;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MQTT subscriptions alive. Durable subscriptions do not reconnect by themselves (Paho's
 * automatic reconnect does not always restore a subscription after a broker restart); every five
 * seconds this watch restarts each MQTT-consuming route whose connection is gone, once the broker
 * accepts connections and the database answers (a route would only fail its messages before). The
 * fresh connection resumes the durable session and receives what was queued meanwhile and what was
 * delivered but never acknowledged.
 */
final class ConnectionWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatch.class);
    private static final long PERIOD_SECONDS = 5;

    private final CamelContext context;
    private final Supplier<String> brokerFailure;
    private final Supplier<String> databaseFailure;
    /** Restarts a route, if it is still there: the runtime's, so that no removal runs meanwhile. */
    private final Consumer<String> restart;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "stadtkern-connection-watch"));

    ConnectionWatch(CamelContext context, Supplier<String> brokerFailure, Supplier<String> databaseFailure,
            Consumer<String> restart) {
        this.context = context;
        this.brokerFailure = brokerFailure;
        this.databaseFailure = databaseFailure;
        this.restart = restart;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            for (Route route : context.getRoutes()) {
                ServiceStatus status = context.getRouteController().getRouteStatus(route.getRouteId());
                // a route being removed meanwhile has no status any more
                // not while messages are in flight (retrying until the database answers): stopping the route would
                // cut them off; they finish first, and the new connection gets what they could not acknowledge
                if (route.getConsumer() instanceof PahoMqtt5Consumer consumer && !connected(consumer)
                        && status != null && status.isStarted()
                        && context.getInflightRepository().size(route.getRouteId()) == 0) {
                    if (!ready(route.getRouteId())) {
                        return;
                    }
                    LOG.info("Route {} lost its MQTT connection; reconnecting", route.getRouteId());
                    restart.accept(route.getRouteId());
                }
            }
        } catch (RuntimeException e) {
            // never let the scheduled check die: the next one runs in five seconds
            LOG.warn("Connection check failed", e);
        }
    }

    private boolean ready(String waiting) {
        String failure = brokerFailure.get();
        if (failure == null) {
            failure = databaseFailure.get();
        }
        if (failure != null) {
            LOG.debug("{} wait: {}", waiting, failure);
            return false;
        }
        return true;
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
