package org.stadtkern.core.internal.camel;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.Mqtt;

/** Publishes through the core's MQTT component, on one producer (one broker connection). */
@Component(service = MessagePublisher.class)
public final class CamelPublisher implements MessagePublisher {

    private static final String ENDPOINT = Mqtt.COMPONENT + ":stadtkern/publisher?clientId=stadtkern-publisher";

    private final ProducerTemplate producer;

    @Activate
    public CamelPublisher(@Reference CamelRuntime runtime) {
        this.producer = runtime.context().createProducerTemplate();
    }

    @Deactivate
    void stop() throws Exception {
        producer.stop();
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained) {
        if (topic.contains("#") || topic.contains("+") || qos < 0 || qos > 1) {
            throw new IllegalArgumentException("Publish to a topic without wildcards at QoS 0 or 1.");
        }
        MqttProperties properties = new MqttProperties();
        properties.setUserProperties(List.of(new UserProperty(ORIGIN_PROPERTY, ORIGIN)));
        try {
            producer.sendBodyAndHeaders(ENDPOINT, payload, Map.of(Mqtt.PUBLISH_TOPIC_HEADER, topic,
                    "CamelPahoMqtt5Qos", qos, "CamelPahoMqtt5Retained", retained, Mqtt.PROPERTIES_HEADER, properties));
        } catch (CamelExecutionException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e.getCause());
        }
    }
}
