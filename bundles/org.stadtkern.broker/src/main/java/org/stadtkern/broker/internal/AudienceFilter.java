package org.stadtkern.broker.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;


import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.filter.Filter;
import org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.MessageReference;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConsumerPlugin;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerQueuePlugin;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerSessionPlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;

/**
 * Data sovereignty on the embedded broker: a subscriber receives only messages whose audience
 * (user property {@value MessagePublisher#AUDIENCE_PROPERTY}) it belongs to: {@code open} for
 * everyone, {@code tenant:<t>} for users of tenant t with a role; administrators receive everything.
 *
 * <ul>
 * <li>When a message is sent, the audience is copied into the core property {@value #AUDIENCE_KEY},
 * but only for senders with the role administrator (the runtime itself): a client that sets the
 * user property gains nothing.</li>
 * <li>When a subscriber's queue is created (one per MQTT subscription, also {@code #}), a filter on
 * that property is added for everyone but administrators, so that the broker never routes a hidden
 * message to it; when a client attaches to its (persistent) subscription again, the filter follows
 * the user's roles as they are now.</li>
 * <li>Retained messages are copied into a new subscription's queue without passing its filter;
 * delivery checks them against the filter and removes those the subscriber may not see.</li>
 * </ul>
 */
@Component(service = AudienceFilter.class, immediate = true)
public final class AudienceFilter implements ActiveMQServerSessionPlugin, ActiveMQServerQueuePlugin,
        ActiveMQServerConsumerPlugin, ActiveMQServerMessagePlugin {

    /** The core message property that holds a trusted audience. */
    static final String AUDIENCE_KEY = "stadtkernAudience";
    private static final Logger LOG = LoggerFactory.getLogger(AudienceFilter.class);
    private static final String SUFFIX = "." + MessagePublisher.AUDIENCE_PROPERTY;

    private final ActiveMQServer server;
    private final AccessControl access;
    /** The callers of the open sessions, by session name (a subscription's queue names only its user). */
    private final Map<String, Caller> sessions = new ConcurrentHashMap<>();
    private final ExecutorService remover = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "stadtkern-broker-audience");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public AudienceFilter(@Reference ActiveMQServer server, @Reference AccessControl access) {
        this.server = server;
        this.access = access;
        server.registerBrokerPlugin(this);
        for (ServerSession session : server.getSessions()) {
            afterCreateSession(session);
        }
        restrictExisting();
    }

    /**
     * Subscriptions made before this extension started (at the broker's start) get their filter now,
     * from their user's open session (anonymous without one); a consumer attaching corrects it.
     */
    private void restrictExisting() {
        server.getPostOffice().getAllBindings().filter(LocalQueueBinding.class::isInstance)
                .map(binding -> ((LocalQueueBinding) binding).getQueue())
                .filter(queue -> queue.getUser() != null && !queue.isInternalQueue())
                .forEach(queue -> limit(queue, callerOf(queue.getUser().toString())));
    }

    /** Gives a subscriber's queue the filter of the caller, if it has another. */
    private void limit(Queue queue, Caller caller) {
        String current = queue.getFilter() == null ? null : queue.getFilter().getFilterString().toString();
        String wanted = limited(current, conditionFor(caller));
        if (Objects.equals(current, wanted)) {
            return;
        }
        try {
            server.updateQueue(QueueConfiguration.of(queue.getName()).setFilterString(wanted));
            LOG.debug("Subscription queue {} of {} now limited to {}", queue.getName(), caller.name(), wanted);
        } catch (Exception e) {
            LOG.warn("Subscription {} could not be limited to its audience: {}", queue.getName(), e.getMessage());
        }
    }

    @Override
    public void afterCreateConsumer(ServerConsumer consumer) {
        Queue queue = consumer.getQueue();
        if (queue.getUser() != null && !queue.isInternalQueue()) {
            limit(queue, caller(server.getSessionByID(consumer.getSessionID())));
        }
    }

    @Deactivate
    void stop() {
        server.unRegisterBrokerPlugin(this);
        remover.shutdown();
    }

    @Override
    public void afterCreateSession(ServerSession session) {
        sessions.put(session.getName(), caller(session));
    }

    @Override
    public void beforeCloseSession(ServerSession session, boolean failed) {
        sessions.remove(session.getName());
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) throws ActiveMQException {
        if (message.containsProperty(AUDIENCE_KEY)) {
            message.removeProperty(AUDIENCE_KEY);
        }
        if (!message.containsProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY)) {
            return;
        }
        for (SimpleString name : message.getPropertyNames()) {
            String key = name.toString();
            if (key.startsWith(MQTTUtil.MQTT_USER_PROPERTY_KEY_PREFIX) && key.endsWith(SUFFIX)) {
                if (caller(session).has(Role.ADMIN)) {
                    message.putStringProperty(AUDIENCE_KEY, message.getStringProperty(name));
                }
                return;
            }
        }
    }

    @Override
    public void beforeCreateQueue(QueueConfiguration queue) throws ActiveMQException {
        String user = queue.getUser() == null ? null : queue.getUser().toString();
        if (user == null || queue.isInternal()) {
            return;
        }
        String existing = queue.getFilterString() == null ? null : queue.getFilterString().toString();
        String wanted = limited(existing, conditionFor(callerOf(user)));
        queue.setFilterString(wanted);
        LOG.debug("Subscription queue {} of {} limited to {}", queue.getName(), user, wanted);
    }

    /** The audience condition of a caller's subscriptions, or {@code null} for administrators. */
    private String conditionFor(Caller caller) {
        return caller.has(Role.ADMIN) ? null : condition(access.readable(caller).memberOf());
    }

    /** A queue filter with the audience condition replaced (none: removed); the broker's own part stays. */
    static String limited(String filter, String condition) {
        String base = filter;
        if (filter != null) {
            int ours = filter.indexOf(AUDIENCE_KEY);
            if (ours == 0) {
                base = null;
            } else if (ours > 0) {
                base = filter.substring(1, filter.lastIndexOf(") AND " + AUDIENCE_KEY));
            }
        }
        if (condition == null) {
            return base;
        }
        return base == null || base.isBlank() ? condition : "(" + base + ") AND " + condition;
    }

    /** The filter of a subscriber: open messages, and its tenant's if it is a member of one. */
    static String condition(String memberOf) {
        if (memberOf == null) {
            return AUDIENCE_KEY + " = '" + MessagePublisher.OPEN + "'";
        }
        return AUDIENCE_KEY + " IN ('" + MessagePublisher.OPEN + "', '"
                + MessagePublisher.tenant(memberOf).replace("'", "''") + "')";
    }

    @Override
    public boolean canAccept(ServerConsumer consumer, MessageReference reference) {
        Queue queue = consumer.getQueue();
        Filter filter = queue.getFilter();
        if (filter == null || !filter.getFilterString().toString().contains(AUDIENCE_KEY)
                || filter.match(reference.getMessage())) {
            return true;
        }
        // a retained message copied into the queue without its filter: not for this subscriber; removed once
        // (the removal runs after this delivery attempt, which may be repeated until then)
        long id = reference.getMessageID();
        remover.execute(() -> {
            try {
                queue.deleteReference(id);
            } catch (Exception e) {
                LOG.debug("Hidden message {} not removed from {}: {}", id, queue.getName(), e.getMessage());
            }
        });
        return false;
    }

    /** The user as a caller, from one of its open sessions; anonymous when it has none. */
    private Caller callerOf(String user) {
        for (Caller caller : sessions.values()) {
            if (user.equals(caller.user()) && !caller.roles().isEmpty()) {
                return caller;
            }
        }
        for (ServerSession session : server.getSessions()) {
            if (user.equals(session.getValidatedUser())) {
                Caller caller = caller(session);
                if (!caller.roles().isEmpty()) {
                    return caller;
                }
            }
        }
        return Caller.anonymous(null);
    }

    /** The session's user as a caller of the realm, anonymous when unknown. */
    private Caller caller(ServerSession session) {
        return SessionCaller.of(session, access);
    }
}
