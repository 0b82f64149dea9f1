package org.stadtkern.core.api;

import java.util.SortedSet;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The MQTT topic filters that currently have subscribers, as the embedded broker sees them. A
 * measure uses it to publish messages only someone asked for, such as SensorThings notifications
 * with {@code $select}. Only the embedded broker offers this service: with an external broker it is
 * absent, and such messages are not published.
 */
@ProviderType
public interface TopicSubscriptions {

    /**
     * The topic filters with at least one subscriber that start with {@code prefix}, as the clients
     * wrote them (wildcards included), in lexical order.
     */
    SortedSet<String> startingWith(String prefix);
}
