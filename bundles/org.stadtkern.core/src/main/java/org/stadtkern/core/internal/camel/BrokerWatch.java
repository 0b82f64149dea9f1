package org.stadtkern.core.internal.camel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.paho.mqtt5.PahoMqtt5Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the broker and, when it comes back after an outage, restarts every route that consumes
 * from MQTT. Paho's own reconnect does not always restore a subscription after a broker restart;
 * a fresh connection of a durable session does, and gets the messages queued meanwhile.
 */
final class BrokerWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerWatch.class);
    private static final long PERIOD_SECONDS = 5;

    private final CamelContext context;
    private final BrokerProbe probe;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "stadtkern-broker-watch"));
    private boolean wasDown;

    BrokerWatch(CamelContext context, BrokerProbe probe) {
        this.context = context;
        this.probe = probe;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void check() {
        String failure = probe.failure();
        if (failure != null) {
            if (!wasDown) {
                LOG.warn("MQTT broker unreachable: {}", failure);
            }
            wasDown = true;
            return;
        }
        if (wasDown) {
            wasDown = false;
            LOG.info("MQTT broker reachable again; reconnecting MQTT routes");
            restartMqttRoutes();
        }
    }

    private void restartMqttRoutes() {
        for (Route route : context.getRoutes()) {
            if (route.getEndpoint() instanceof PahoMqtt5Endpoint) {
                try {
                    context.getRouteController().stopRoute(route.getRouteId(), 10, TimeUnit.SECONDS);
                    context.getRouteController().startRoute(route.getRouteId());
                } catch (Exception e) {
                    LOG.warn("Route {} not restarted; supervision retries it", route.getRouteId(), e);
                }
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
