package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sensor publishing numbered Observations at QoS 1 while the database fails and recovers:
 * every message the broker acknowledged must be stored after recovery, and none may be among the
 * dead letters (the database's failure is not the sender's fault).
 */
final class IngestUnderFailure {

    /** What the sensor had acknowledged, what was stored, and how many dead letters its topic got. */
    record Counts(int acknowledged, int stored, int deadLettered, boolean healthWasDown) {
        @Override
        public String toString() {
            return "acknowledged " + acknowledged + ", stored after recovery " + stored + ", dead-lettered "
                    + deadLettered + (healthWasDown ? ", /health DOWN during the failure" : "");
        }
    }

    /** Makes the database fail, and recovers it. */
    interface Failure {
        void fail() throws Exception;

        void recover() throws Exception;
    }

    private IngestUnderFailure() {
    }

    /** Publishes for about 12 s (100 messages a second); the database fails for 6 s of it. */
    static Counts run(Failure failure) throws Exception {
        long datastream = StadtkernTestSupport.datastream(StadtkernTestSupport.unique("it.db-failure"));
        String topic = StadtkernTestSupport.topic(datastream);
        BitSet acknowledged = new BitSet();
        AtomicBoolean healthDown = new AtomicBoolean();
        MqttClient client = new MqttClient(StadtkernTestSupport.EMBEDDED_BROKER, "it-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName("sensor");
        options.setPassword("sensor".getBytes(StandardCharsets.UTF_8));
        client.connect(options);
        try {
            for (int i = 0; i < 1200; i++) {
                if (i == 300) {
                    failure.fail();
                }
                if (i == 450 || i == 750) {
                    healthDown.compareAndSet(false, databaseDown());
                }
                if (i == 900) {
                    failure.recover();
                }
                MqttMessage message = new MqttMessage(("{\"result\": " + i + "}").getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                client.publish(topic, message);
                acknowledged.set(i);
                Thread.sleep(10);
            }
        } finally {
            client.disconnect();
            client.close();
        }
        StadtkernTestSupport.await("every acknowledged message stored after recovery", 120,
                () -> stored(datastream).cardinality() >= acknowledged.cardinality());
        BitSet stored = stored(datastream);
        int deadLettered = 0;
        for (JsonNode letter : StadtkernTestSupport.getAsOperator("/api/dead-letters?limit=10000").json()) {
            if (topic.equals(letter.path("source").asText())) {
                deadLettered++;
            }
        }
        Counts counts = new Counts(acknowledged.cardinality(), stored.cardinality(), deadLettered, healthDown.get());
        System.out.println("Database failure under ingest: " + counts);
        BitSet missing = (BitSet) acknowledged.clone();
        missing.andNot(stored);
        assertTrue("acknowledged but lost: " + missing + " (" + counts + ")", missing.isEmpty());
        assertEquals("dead letters for the database's failure: " + counts, 0, deadLettered);
        assertTrue("/health said DOWN while the database failed: " + counts, healthDown.get());
        return counts;
    }

    /** Whether /health says the database is DOWN (and answers at all, within 10 s). */
    private static boolean databaseDown() {
        StadtkernTestSupport.Response health = StadtkernTestSupport.get("/health");
        return health.status() == 503 && "DOWN".equals(health.json().path("database").path("status").asText());
    }

    /** The distinct results stored in the Datastream (read page by page: the service caps $top). */
    private static BitSet stored(long datastream) {
        BitSet results = new BitSet();
        for (int skip = 0; ; ) {
            JsonNode page = StadtkernTestSupport.get(StadtkernTestSupport.STA + "/Datastreams(" + datastream
                    + ")/Observations?$select=result&$orderby=id&$top=1000&$skip=" + skip).json().get("value");
            if (page.isEmpty()) {
                return results;
            }
            page.forEach(observation -> results.set(observation.get("result").asInt()));
            skip += page.size();
        }
    }
}
