package org.stadtkern.broker.internal;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.apache.activemq.artemis.core.config.WildcardConfiguration;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConsumerPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.TopicSubscriptions;

/**
 * Follows the consumers of the embedded broker through its plugin interface and offers the MQTT
 * topic filters that have subscribers. Consumers that existed before the plugin was registered are
 * read from the broker's sessions once.
 */
@Component(service = TopicSubscriptions.class)
public final class SubscriptionTracker implements TopicSubscriptions, ActiveMQServerConsumerPlugin {

    private final ActiveMQServer server;
    private final WildcardConfiguration wildcards;
    private final Map<ServerConsumer, String> consumers = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, Integer> subscribers = new ConcurrentSkipListMap<>();

    @Activate
    public SubscriptionTracker(@Reference ActiveMQServer server) {
        this.server = server;
        this.wildcards = server.getConfiguration().getWildcardConfiguration();
        server.registerBrokerPlugin(this);
        for (ServerSession session : server.getSessions()) {
            session.getServerConsumers().forEach(this::afterCreateConsumer);
        }
    }

    @Deactivate
    void stop() {
        server.unRegisterBrokerPlugin(this);
    }

    @Override
    public void afterCreateConsumer(ServerConsumer consumer) {
        String filter = MQTTUtil.getMqttTopicFromCoreAddress(consumer.getQueue().getAddress().toString(), wildcards);
        if (consumers.putIfAbsent(consumer, filter) == null) {
            subscribers.merge(filter, 1, Integer::sum);
        }
    }

    @Override
    public void afterCloseConsumer(ServerConsumer consumer, boolean failed) {
        String filter = consumers.remove(consumer);
        if (filter != null) {
            subscribers.computeIfPresent(filter, (key, count) -> count > 1 ? count - 1 : null);
        }
    }

    @Override
    public SortedSet<String> startingWith(String prefix) {
        return Collections.unmodifiableSortedSet(subscribers.subMap(prefix, prefix + Character.MAX_VALUE)
                .navigableKeySet());
    }
}
