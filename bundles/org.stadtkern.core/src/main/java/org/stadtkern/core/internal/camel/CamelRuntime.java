package org.stadtkern.core.internal.camel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.ManagementStatisticsLevel;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.component.paho.mqtt5.PahoMqtt5Component;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.SupervisingRouteController;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.PluginHelper;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.internal.CoreConfig;
import org.stadtkern.core.internal.account.RuntimeAccount;

/**
 * Owns the runtime's one CamelContext. Routes are added under an owner (a measure, or a route
 * file) so that exactly an owner's routes can be removed again; see {@link RouteWhiteboard} and
 * the deploy/ installer.
 */
@Component(service = CamelRuntime.class, configurationPid = "org.stadtkern.core")
@Designate(ocd = CoreConfig.class)
public final class CamelRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(CamelRuntime.class);
    private static final String REDELIVERY_POOL = "ErrorHandlerRedeliveryThreadPool";

    private final DefaultCamelContext context;
    private final Map<String, Set<String>> routesByOwner = new LinkedHashMap<>();
    /** A copy of {@link #routesByOwner} for readers that must not wait for the lock. */
    private volatile Map<String, Set<String>> owners = Map.of();
    private final Map<String, String> rejectedOwners = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final RouteWhiteboard whiteboard;
    private final PahoPublisher broker;
    private final ConnectionWatch watch;
    private static final long MAX_RESTART_DELAY = 60_000;
    private final long restartDelay;
    /** Starts routes again that could not start when they were added. */
    private final ScheduledExecutorService retries = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "stadtkern-route-start");
                thread.setDaemon(true);
                return thread;
            });

    /** The broker's health is that of the publisher's connection, with the same address and credentials. */
    @Activate
    public CamelRuntime(CoreConfig config, BundleContext bundleContext, @Reference PahoPublisher broker,
            @Reference RuntimeAccount account)
            throws Exception {
        this.broker = broker;
        this.restartDelay = config.route_restart_delay();
        DatabaseProbe database = new DatabaseProbe(bundleContext);
        ClassLoader camelLoader = DefaultCamelContext.class.getClassLoader();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(camelLoader);
        try {
            context = new DefaultCamelContext();
            context.getCamelContextExtension().setName("stadtkern");
            context.setApplicationContextClassLoader(camelLoader);
            context.addComponent(Mqtt.COMPONENT, mqttComponent(config, account));
            watch = new ConnectionWatch(context, broker::failure, database::failure, this::restart);
            unboundedRedelivery(context);
            // route-level counts for the console; per-processor statistics cost time on every message
            context.getManagementStrategy().getManagementAgent()
                    .setStatisticsLevel(ManagementStatisticsLevel.RoutesOnly);
            SupervisingRouteController supervisor = context.getRouteController().supervising();
            supervisor.setInitialDelay(0);
            supervisor.setBackOffDelay(config.route_restart_delay());
            supervisor.setBackOffMaxDelay(60_000);
            supervisor.setBackOffMaxAttempts(0);
            context.start();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        LOG.info("Camel {} context started, MQTT broker {}", context.getVersion(), config.mqtt_url());
        watch.start();
        whiteboard = new RouteWhiteboard(bundleContext, this);
        whiteboard.open();
    }

    /**
     * While the database is down every message in flight is retried in place (ErrorPolicy), as many as the
     * MQTT receive maximum lets the broker hand out ({@link Mqtt#durable}). Camel's shared pool for these
     * retries refuses more than 1,000 waiting ones, and a refused retry fails its message through the
     * dead letters' fallback (an error logged with two stack traces per message, a full disk's worth
     * of log in a minute, and the message left unacknowledged until the next reconnect). The same pool
     * with no limit on waiting retries instead.
     */
    private static void unboundedRedelivery(DefaultCamelContext context) {
        ThreadPoolProfile profile = new ThreadPoolProfileBuilder(REDELIVERY_POOL).poolSize(2).maxPoolSize(2)
                .maxQueueSize(-1).build();
        ScheduledExecutorService shipped = PluginHelper.getErrorHandlerExecutorService(context);
        context.getCamelContextExtension().addContextPlugin(ScheduledExecutorService.class,
                context.getExecutorServiceManager().newScheduledThreadPool(context, REDELIVERY_POOL, profile));
        context.getExecutorServiceManager().shutdownNow(shipped);
    }

    private static PahoMqtt5Component mqttComponent(CoreConfig config, RuntimeAccount account) {
        PahoMqtt5Component mqtt = new PahoMqtt5Component();
        mqtt.getConfiguration().setBrokerUrl(config.mqtt_url());
        mqtt.getConfiguration().setUserName(account.username());
        mqtt.getConfiguration().setPassword(account.password());
        mqtt.getConfiguration().setQos(1);
        mqtt.getConfiguration().setConnectionTimeout(5);
        mqtt.getConfiguration().setKeepAliveInterval(10);
        mqtt.getConfiguration().setMaxReconnectDelay(10_000);
        return mqtt;
    }

    @Deactivate
    void stop() throws Exception {
        retries.shutdownNow();
        watch.close();
        whiteboard.close();
        context.stop();
        LOG.info("Camel context stopped");
    }

    public CamelContext context() {
        return context;
    }

    /** Null when the broker accepts the runtime's MQTT connection, else why not. */
    public String brokerFailure() {
        return broker.failure();
    }

    /**
     * Adds and starts routes of an owner (beside those it has already: a measure may contribute
     * several route builders) and returns their ids. Fails, adding nothing, if a route id is taken
     * or, when {@code idPrefix} is given, does not start with it.
     */
    public synchronized Set<String> add(String owner, String idPrefix, RoutesBuilder routes) throws Exception {
        Set<String> before = routeIds();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(DefaultCamelContext.class.getClassLoader());
        try {
            refuseTakenIds(owner, routes);
            context.addRoutes(routes);
        } catch (Exception e) {
            removeRoutes(difference(routeIds(), before));
            throw e;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        Set<String> added = difference(routeIds(), before);
        if (idPrefix != null && !added.stream().allMatch(id -> id.startsWith(idPrefix))) {
            removeRoutes(added);
            throw new IllegalArgumentException("Route ids of " + owner + " must start with '" + idPrefix
                    + "': " + added);
        }
        routesByOwner.computeIfAbsent(owner, o -> new java.util.LinkedHashSet<>()).addAll(added);
        published();
        rejectedOwners.remove(owner);
        for (String id : added) {
            start(id, restartDelay);
        }
        LOG.info("Routes of {} added: {}", owner, added);
        return added;
    }

    /**
     * Starts a route; one that cannot start yet (its broker not listening yet, as while a stock Karaf
     * installs the features together) stays added, stopped, and is tried again after {@code delay},
     * doubling up to a minute, until it starts or is removed. Camel's supervising controller does this
     * only for routes of the context's own start, and an explicit start throws instead.
     */
    private void start(String id, long delay) {
        try {
            context.getRouteController().startRoute(id);
        } catch (Exception e) {
            LOG.warn("Route {} could not start ({}); trying again in {} ms", id, e.getMessage(), delay);
            retries.schedule(() -> startAgain(id, Math.min(2 * delay, MAX_RESTART_DELAY)), delay,
                    TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void startAgain(String id, long nextDelay) {
        ServiceStatus status = context.getRouteController().getRouteStatus(id);
        if (owned(id) && status != null && !status.isStarted() && !status.isStarting()) {
            start(id, nextDelay);
        }
    }

    /**
     * Camel replaces a route whose id is added again: another owner's route would be gone, and removing
     * the new owner later would remove it for good. Such ids are refused instead.
     */
    private void refuseTakenIds(String owner, RoutesBuilder routes) throws Exception {
        if (!(routes instanceof RouteBuilder builder)) {
            return;
        }
        for (RouteDefinition route : builder.configureRoutes(context).getRoutes()) {
            String id = route.getRouteId();
            routesByOwner.forEach((holder, ids) -> {
                if (id != null && !holder.equals(owner) && ids.contains(id)) {
                    throw new IllegalArgumentException("Route id '" + id + "' of " + owner + " is taken by " + holder);
                }
            });
        }
    }

    /** Records that an owner's routes could not be added, so that health reports it down. */
    public void rejected(String owner, String reason) {
        rejectedOwners.put(owner, reason);
    }

    /** Owners whose routes could not be added, with the reason. */
    public Map<String, String> rejected() {
        synchronized (rejectedOwners) {
            return new LinkedHashMap<>(rejectedOwners);
        }
    }

    /** Stops and removes exactly the routes added under this owner. */
    public synchronized void remove(String owner) {
        rejectedOwners.remove(owner);
        Set<String> ids = routesByOwner.remove(owner);
        published();
        if (ids != null) {
            removeRoutes(ids);
            LOG.info("Routes of {} removed: {}", owner, ids);
        }
    }

    /**
     * Stops and removes some routes of an owner (those one {@link #add} returned); the owner goes
     * with its last route. No ids: the owner's rejection is forgotten.
     */
    public synchronized void remove(String owner, Set<String> ids) {
        if (ids.isEmpty()) {
            rejectedOwners.remove(owner);
            return;
        }
        Set<String> owned = routesByOwner.get(owner);
        if (owned != null) {
            owned.removeAll(ids);
            if (owned.isEmpty()) {
                routesByOwner.remove(owner);
            }
            published();
        }
        removeRoutes(ids);
        LOG.info("Routes of {} removed: {}", owner, ids);
    }

    /**
     * Stops and starts a route that is still added and started (the broker watch's reconnect); under
     * the runtime's lock, so that a route being removed is not started again.
     */
    synchronized void restart(String routeId) {
        ServiceStatus status = context.getRouteController().getRouteStatus(routeId);
        if (status == null || !status.isStarted() || !owned(routeId)) {
            return;
        }
        try {
            context.getRouteController().stopRoute(routeId, 10, TimeUnit.SECONDS);
            context.getRouteController().startRoute(routeId);
        } catch (Exception e) {
            LOG.warn("Route {} not reconnected yet: {}", routeId, e.getMessage());
        }
    }

    private boolean owned(String routeId) {
        return routesByOwner.values().stream().anyMatch(ids -> ids.contains(routeId));
    }

    /**
     * Every owner with its routes, their state and message counts. Not under the runtime's lock: health
     * checks answer while a route is being stopped (which can take seconds).
     */
    public Map<String, List<RouteState>> routes() {
        Map<String, List<RouteState>> result = new LinkedHashMap<>();
        ManagedCamelContext managed = context.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class);
        owners.forEach((owner, ids) -> {
            List<RouteState> states = new ArrayList<>();
            for (String id : ids) {
                states.add(state(id, managed));
            }
            result.put(owner, states);
        });
        return result;
    }

    /** Publishes the owners' routes for {@link #routes()}; called under the lock after each change. */
    private void published() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        routesByOwner.forEach((owner, ids) -> copy.put(owner, Set.copyOf(ids)));
        owners = copy;
    }

    private RouteState state(String id, ManagedCamelContext managed) {
        ServiceStatus status = context.getRouteController().getRouteStatus(id);
        Route route = context.getRoute(id);
        ManagedRouteMBean mbean = managed == null ? null : managed.getManagedRoute(id);
        return new RouteState(id,
                route == null ? "" : route.getEndpoint().getEndpointBaseUri(),
                status == null ? "Unknown" : status.name(),
                mbean == null ? -1 : mbean.getExchangesTotal(),
                mbean == null ? -1 : mbean.getExchangesFailed());
    }

    private void removeRoutes(Set<String> ids) {
        for (String id : ids) {
            try {
                context.getRouteController().stopRoute(id);
                if (!context.removeRoute(id)) {
                    LOG.warn("Route {} was not stopped and stays", id);
                }
            } catch (Exception e) {
                LOG.warn("Route {} could not be removed cleanly", id, e);
            }
        }
    }

    private Set<String> routeIds() {
        Set<String> ids = new HashSet<>();
        context.getRoutes().forEach(route -> ids.add(route.getRouteId()));
        return ids;
    }

    private static Set<String> difference(Set<String> after, Set<String> before) {
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        return added;
    }
}
