package org.stadtkern.broker.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConsumerPlugin;
import org.apache.activemq.artemis.core.server.impl.AckReason;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerQueuePlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bound on what waits for a subscriber: a display that is offline for weeks, or connected but not
 * acknowledging, must not fill the broker's memory and paging folder. Each MQTT subscription of a
 * client other than the runtime is a ring queue (Artemis' own): past {@code subscriber.backlog}
 * messages its oldest are dropped, for that subscriber only. The runtime's subscriptions (its input)
 * are never limited: what a sensor has been acknowledged waits there until the runtime has stored it.
 * A ring queue counts only the messages it holds in memory; while the broker pages (the runtime
 * lags behind a burst, so its input fills the broker's memory), new messages go to the address's page
 * files for every subscription. Every few seconds the oldest messages past the backlog, in memory and
 * paged, are dropped from such subscriptions, so their page files can go.
 */
@Component(immediate = true, configurationPid = "org.stadtkern.broker")
@Designate(ocd = BrokerConfig.class)
public final class SubscriberBacklog implements ActiveMQServerQueuePlugin, ActiveMQServerConsumerPlugin {

    /** Artemis' ring size for "no limit". */
    static final long UNLIMITED = -1;
    private static final Logger LOG = LoggerFactory.getLogger(SubscriberBacklog.class);
    private static final long SWEEP_SECONDS = 5;
    /** Messages dropped per journal transaction. */
    private static final int FLUSH_LIMIT = 1_000;

    private final ActiveMQServer server;
    private final long backlog;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "stadtkern-broker-backlog"));

    @Activate
    public SubscriberBacklog(@Reference ActiveMQServer server, BrokerConfig config) {
        this.server = server;
        this.backlog = Math.max(1, config.subscriber_backlog());
        server.registerBrokerPlugin(this);
        // subscriptions of clients connected now (those offline get theirs when they attach again)
        server.getPostOffice().getAllBindings().filter(LocalQueueBinding.class::isInstance)
                .map(binding -> ((LocalQueueBinding) binding).getQueue())
                .filter(queue -> queue.getUser() != null && !queue.isInternalQueue())
                .filter(queue -> connected(queue.getUser().toString()))
                .forEach(this::bound);
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        sweeper.shutdownNow();
        server.unRegisterBrokerPlugin(this);
    }

    /** Drops the oldest messages past the backlog of each bounded subscription, paged ones included. */
    void sweep() {
        server.getPostOffice().getAllBindings().filter(LocalQueueBinding.class::isInstance)
                .map(binding -> ((LocalQueueBinding) binding).getQueue())
                .filter(queue -> queue.getRingSize() > 0 && queue.getMessageCount() > queue.getRingSize())
                .forEach(this::trim);
    }

    private void trim(Queue queue) {
        long excess = queue.getMessageCount() - queue.getRingSize();
        try {
            int dropped = queue.deleteMatchingReferences(FLUSH_LIMIT, new Oldest(excess), AckReason.KILLED);
            LOG.debug("Subscription {} of {}: {} oldest messages past its backlog dropped", queue.getName(),
                    queue.getUser(), dropped);
        } catch (Exception e) {
            LOG.warn("Subscription {}: messages past its backlog not dropped: {}", queue.getName(), e.getMessage());
        }
    }

    @Override
    public void beforeCreateQueue(QueueConfiguration queue) throws ActiveMQException {
        if (queue.getUser() == null || queue.isInternal()) {
            return;
        }
        String user = queue.getUser().toString();
        if (connected(user) && !runtime(user)) {
            queue.setRingSize(backlog);
        }
    }

    /** A client attaches to its (perhaps persistent) subscription: its bound as its roles are now. */
    @Override
    public void afterCreateConsumer(ServerConsumer consumer) {
        Queue queue = consumer.getQueue();
        if (queue.getUser() != null && !queue.isInternalQueue()) {
            bound(queue);
        }
    }

    private void bound(Queue queue) {
        long wanted = runtime(queue.getUser().toString()) ? UNLIMITED : backlog;
        if (queue.getRingSize() == wanted) {
            return;
        }
        try {
            server.updateQueue(QueueConfiguration.of(queue.getName()).setRingSize(wanted));
            LOG.debug("Subscription {} of {} keeps at most {} messages", queue.getName(), queue.getUser(), wanted);
        } catch (Exception e) {
            LOG.warn("Subscription {} could not be bounded: {}", queue.getName(), e.getMessage());
        }
    }

    /** Whether the user has an open session (the one creating or attaching to the queue). */
    private boolean connected(String user) {
        return server.getSessions().stream().anyMatch(session -> user.equals(session.getValidatedUser()));
    }

    /** Whether the user is the runtime: one of its sessions has the runtime's role. */
    private boolean runtime(String user) {
        return server.getSessions().stream().filter(session -> user.equals(session.getValidatedUser()))
                .anyMatch(SessionCaller::runtime);
    }
}
