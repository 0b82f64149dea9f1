package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * An external broker by configuration only: a real Mosquitto (installed by .ci/run from Debian)
 * with password accounts is started on port 1884, etc/org.stadtkern.core.cfg is edited as an
 * operator would, with the runtime's password not in it but in a secret file it names
 * ({@code $[secret:...]}), and data published to Mosquitto arrives in the database. The files are
 * restored afterwards.
 */
public class ExternalBrokerIT extends StadtkernTestSupport {

    private static final int PORT = 1884;
    private static final String MOSQUITTO_URL = "tcp://localhost:" + PORT;

    @Test
    public void externalMosquittoByConfigurationOnly() throws Exception {
        String secret = "runtime-" + java.util.UUID.randomUUID();
        Process mosquitto = startMosquitto(secret);
        Path config = Paths.get(System.getProperty("karaf.etc"), "org.stadtkern.core.cfg");
        Path secretFile = Paths.get(System.getProperty("karaf.etc"), "stadtkern-mqtt");
        String original = Files.readString(config);
        try {
            Files.writeString(secretFile, secret);
            Files.writeString(config, original.replace("mqtt.url = tcp://localhost:1883", "mqtt.url = " + MOSQUITTO_URL)
                    .replaceAll("(?m)^mqtt\\.password *=.*$", "mqtt.password = \\$[secret:stadtkern-mqtt]"));
            await("runtime on Mosquitto", 60, () -> get("/health").status() == 200
                    && MOSQUITTO_URL.equals(get("/health").json().path("broker").path("url").asText()));

            awaitSettled("sensorthings.mqtt-create");
            long datastream = datastream(unique("it.mosquitto"));
            publish(MOSQUITTO_URL, "sensor", topic(datastream), "{\"result\": 4.5}".getBytes());
            await("observation from Mosquitto stored", 30, () -> observations(datastream).size() == 1);
            assertEquals(4.5, observations(datastream).get(0).get("result").asDouble(), 0.0);
        } finally {
            try {
                Files.writeString(config, original);
                Files.deleteIfExists(secretFile);
                await("runtime back on the embedded broker", 60, () -> get("/health").status() == 200
                        && "tcp://localhost:1883".equals(get("/health").json().path("broker").path("url").asText()));
            } finally {
                mosquitto.destroy();
                mosquitto.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Mosquitto with two accounts: the runtime's (password {@code secret}) and a sensor's. */
    private static Process startMosquitto(String secret) throws Exception {
        assertFalse("port " + PORT + " is taken: a Mosquitto left from another run? The test needs its own",
                listening());
        File passwords = File.createTempFile("mosquitto", ".passwd");
        for (String[] account : new String[][] {{"stadtkern", secret}, {"sensor", "sensor"}}) {
            Process passwd = new ProcessBuilder(List.of("mosquitto_passwd", "-b", passwords.getAbsolutePath(),
                    account[0], account[1])).redirectErrorStream(true).start();
            assertEquals("mosquitto_passwd " + new String(passwd.getInputStream().readAllBytes()), 0, passwd.waitFor());
        }
        File conf = File.createTempFile("mosquitto", ".conf");
        Files.writeString(conf.toPath(), "listener " + PORT + " 127.0.0.1\nallow_anonymous false\npassword_file "
                + passwords.getAbsolutePath() + "\npersistence false\n");
        String binary = Files.isExecutable(Paths.get("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
        Process process = new ProcessBuilder(List.of(binary, "-c", conf.getAbsolutePath()))
                .redirectErrorStream(true).redirectOutput(File.createTempFile("mosquitto", ".log")).start();
        await("Mosquitto listening on " + PORT, 20, ExternalBrokerIT::listening);
        assertTrue("Mosquitto running", process.isAlive());
        return process;
    }

    private static boolean listening() {
        try (Socket socket = new Socket("localhost", PORT)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
