package org.stadtkern.broker.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the embedded broker's extensions (PID {@code org.stadtkern.broker}). */
@ObjectClassDefinition(name = "Stadtkern embedded broker", description = "Limits the embedded MQTT broker keeps "
        + "for its subscribers.")
public @interface BrokerConfig {

    @AttributeDefinition(name = "Subscriber backlog", min = "1", description = "Messages a subscriber other than "
            + "the runtime may have waiting (offline, or not acknowledging); when more arrive, its oldest are "
            + "dropped. The runtime's own subscriptions keep everything until it has stored it.")
    int subscriber_backlog() default 10_000;
}
