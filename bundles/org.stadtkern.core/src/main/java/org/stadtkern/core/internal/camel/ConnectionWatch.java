package org.stadtkern.core.internal.camel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.paho.mqtt5.PahoMqtt5Consumer;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MQTT subscriptions alive and makes the broker deliver again what the runtime could not
 * store. Every five seconds it restarts each MQTT-consuming route whose connection is gone, once
 * the broker accepts connections and the database answers; the fresh connection resumes the
 * durable session, and the broker delivers what was queued meanwhile and what was delivered but
 * never acknowledged. A route whose message failed for the runtime's own reason (see
 * {@code ErrorPolicy}: database down or full) is disconnected at once by {@link #failed}, so that
 * its unacknowledged messages come again after recovery instead of waiting in the client.
 */
final class ConnectionWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatch.class);
    private static final long PERIOD_SECONDS = 5;

    private final CamelContext context;
    private final Supplier<String> brokerFailure;
    private final Supplier<String> databaseFailure;
    /** The runtime's stops and starts, under its lock, so that no removal runs meanwhile. */
    private final CamelRuntime runtime;
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "stadtkern-connection-watch"));

    ConnectionWatch(CamelContext context, Supplier<String> brokerFailure, Supplier<String> databaseFailure,
            CamelRuntime runtime) {
        this.context = context;
        this.brokerFailure = brokerFailure;
        this.databaseFailure = databaseFailure;
        this.runtime = runtime;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A message of the route failed for the runtime's own reason and stays unacknowledged: the route is
     * stopped (its session and unacknowledged messages stay with the broker) until the database answers.
     */
    void failed(String routeId) {
        if (routeId != null && stopped.add(routeId)) {
            LOG.warn("Route {} could not store a message; it pauses until the database answers, the broker keeps "
                    + "the message", routeId);
            timer.execute(() -> runtime.pause(routeId));
        }
    }

    /** Routes paused by {@link #failed} and not started again yet. */
    Set<String> paused() {
        return Set.copyOf(stopped);
    }

    private void check() {
        try {
            if (!stopped.isEmpty() && ready("paused routes")) {
                for (String routeId : Set.copyOf(stopped)) {
                    LOG.info("Database answers again; route {} resumes", routeId);
                    stopped.remove(routeId);
                    runtime.resume(routeId);
                }
            }
            for (Route route : context.getRoutes()) {
                ServiceStatus status = context.getRouteController().getRouteStatus(route.getRouteId());
                // a route being removed meanwhile has no status any more
                if (route.getConsumer() instanceof PahoMqtt5Consumer consumer && !connected(consumer)
                        && !stopped.contains(route.getRouteId()) && status != null && status.isStarted()) {
                    if (!ready(route.getRouteId())) {
                        return;
                    }
                    LOG.info("Route {} lost its MQTT connection; reconnecting", route.getRouteId());
                    runtime.restart(route.getRouteId());
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
