package org.stadtkern.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MqttTest {

    @Test
    void durableSubscriptionKeepsSessionAndAcknowledgesLate() {
        String uri = Mqtt.durable("sensors/#", "platform.ingest");
        assertEquals("mqtt:sensors/%23?clientId=stadtkern-platform.ingest&qos=1&cleanStart=false"
                + "&manualAcksEnabled=true&automaticReconnect=false&sessionExpiryInterval=604800", uri);
    }

    @Test
    void publishEndpointNamesNoBroker() {
        String uri = Mqtt.publish("displays/stop/+", true);
        assertEquals("mqtt:displays/stop/%2B?qos=1&retained=true", uri);
        assertFalse(uri.contains("tcp:"));
    }
}
