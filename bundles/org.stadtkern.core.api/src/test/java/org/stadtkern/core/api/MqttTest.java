package org.stadtkern.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MqttTest {

    @Test
    void durableSubscriptionKeepsSessionAndAcknowledgesLate() {
        String uri = Mqtt.durable("sensors/#", "platform.ingest");
        assertEquals("mqtt:sensors/%23?clientId=stadtkern-platform.ingest&qos=1&cleanStart=false"
                + "&manualAcksEnabled=true&automaticReconnect=false&sessionExpiryInterval=604800"
                + "&receiveMaximum=10000", uri);
    }

    @Test
    void durableSubscriptionNamesNoBroker() {
        assertFalse(Mqtt.durable("displays/stop/+", "hinweg.stops").contains("tcp:"));
    }
}
