package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.Test;

/**
 * Nobody gets in by default, tried as an attacker would: the shipped users file holds no password;
 * the well-known defaults (karaf/karaf, stadtkern/stadtkern) open neither HTTP nor MQTT; the realm
 * stores hashes, in a file only the runtime's user reads; the console listens on this machine only;
 * guessing a password locks the user out of HTTP and MQTT alike, until the window has passed, and
 * never the runtime's own account.
 */
public class SecureDefaultsIT extends StadtkernTestSupport {

    /** The realm's file in the running distribution (only known inside the container). */
    private static Path users() {
        return Paths.get(System.getProperty("karaf.etc"), "users.properties");
    }

    @Test
    public void theDistributionShipsNoPassword() throws Exception {
        for (String line : Files.readAllLines(Paths.get(System.getProperty("stadtkern.etc"), "users.properties"))) {
            String trimmed = line.trim();
            assertTrue("only groups in the shipped users file: " + line,
                    trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("_g_\\:"));
        }
    }

    @Test
    public void wellKnownDefaultsOpenNothing() throws Exception {
        await("the administrator created at the first start", 30, () -> stored("karaf").isPresent());
        for (String user : new String[] {"karaf", "stadtkern"}) {
            assertEquals(user + "/" + user + " over HTTP", 401,
                    http("GET", "/api/dead-letters", null, null, user).status());
            assertFalse(user + "/" + user + " over MQTT", mqttLogin(user, user));
        }
        assertTrue("the test administrator, given before the start, gets in", mqttLogin(DEFAULT_USER, DEFAULT_USER));
    }

    @Test
    public void passwordsAreStoredHashedForTheRuntimesUserOnly() throws Exception {
        ensureUser(unique("hashed"), "reader");
        await("every password hashed", 30, () -> {
            try {
                return Files.readAllLines(users()).stream().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("_g_"))
                        .allMatch(l -> l.substring(l.indexOf('=') + 1).trim().startsWith("{CRYPT}"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        // what a rainbow table holds: the plain digest of the password, in hex or Base64
        String sensor = stored("sensor").orElseThrow();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest("sensor".getBytes(StandardCharsets.UTF_8));
        assertFalse(sensor, sensor.contains(Base64.getEncoder().encodeToString(digest))
                || sensor.toLowerCase().contains(java.util.HexFormat.of().formatHex(digest)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users())));
    }

    @Test
    public void theConsoleListensOnThisMachineOnly() throws Exception {
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", 8101), 2000);
        }
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue("this machine has a network address besides loopback", outside.isPresent());
        try (Socket remote = new Socket()) {
            remote.connect(new InetSocketAddress(outside.get(), 8101), 2000);
            fail("SSH answers on " + outside.get());
        } catch (IOException expected) {
            // refused: SSH is bound to 127.0.0.1
        }
    }

    @Test
    public void guessingLocksTheUserOutOfHttpAndMqtt() throws Exception {
        String victim = unique("victim");
        ensureUser(victim, "reader");
        // guesses over both ways in count together (no correct login before: the broker and HTTP keep
        // a correct login for some seconds, a guess never)
        for (int i = 0; i < 3; i++) {
            assertEquals(401, status(victim, "guess-" + i));
        }
        assertFalse(mqttLogin(victim, "guess-3"));
        assertFalse(mqttLogin(victim, "guess-4"));
        assertEquals("locked: the right password is refused too", 401, status(victim, victim));
        assertFalse("locked over MQTT too", mqttLogin(victim, victim));
        // another user is not affected
        assertTrue(mqttLogin("sensor", "sensor"));
        // the test configuration's window is 4 s (etc/org.stadtkern.login.cfg)
        // then a reader again: logged in, and refused the administrator's dead letters (403), not 401
        await("lockout over", 15, () -> status(victim, victim) == 403);
        // the broker remembers the refusal of this password for up to 10 s (its authentication cache)
        await("lockout over for the broker", 20, () -> {
            try {
                return mqttLogin(victim, victim);
            } catch (MqttException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    public void guessingOverSshLocksTheUserOutOfHttp() throws Exception {
        String victim = unique("victim");
        ensureUser(victim, "reader");
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            // one password per connection, as a scanner tries them
            for (int i = 0; i < 5; i++) {
                assertFalse("a wrong password logs in over SSH", sshLogin(client, victim, "guess-" + i));
            }
            assertFalse("locked over SSH: the right password is refused too", sshLogin(client, victim, victim));
        }
        assertEquals("locked over HTTP too", 401, status(victim, victim));
        await("lockout over", 15, () -> status(victim, victim) == 403);
    }

    /** Whether the console's SSH server (on localhost, as shipped) accepts this password. */
    private static boolean sshLogin(SshClient client, String user, String password) throws IOException {
        try (ClientSession session = client.connect(user, "127.0.0.1", 8101)
                .verify(java.time.Duration.ofSeconds(10)).getSession()) {
            session.addPasswordIdentity(password);
            AuthFuture auth = session.auth();
            auth.await(java.time.Duration.ofSeconds(10));
            return auth.isSuccess();
        }
    }

    @Test
    public void theRuntimesOwnAccountCannotBeLockedOut() throws Exception {
        for (int i = 0; i < 8; i++) {
            assertFalse(mqttLogin("stadtkern", "guess-" + i));
        }
        // a change of the core's configuration: the runtime logs in again (with a new password)
        Path config = Paths.get(System.getProperty("karaf.etc"), "org.stadtkern.core.cfg");
        String original = Files.readString(config);
        try {
            reconfigure(config, original.replace("route.restart.delay = 2000", "route.restart.delay = 2001"));
            assertEquals("UP", get("/health").json().path("broker").path("status").asText());
        } finally {
            reconfigure(config, original);
        }
    }

    /** Writes the core's configuration and waits until the runtime has restarted with it and settled. */
    private static void reconfigure(Path config, String text) throws IOException {
        long changed = System.currentTimeMillis();
        Files.writeString(config, text);
        await("routes restarted", 60, () -> routeUptimes().getOrDefault("sensorthings.mqtt-create", 0L)
                < System.currentTimeMillis() - changed);
        await("runtime healthy", 60, () -> get("/health").status() == 200);
        awaitSettled("sensorthings.mqtt-create");
    }

    private static int status(String user, String password) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/api/dead-letters"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .build();
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean mqttLogin(String user, String password) throws MqttException {
        MqttClient client = new MqttClient(EMBEDDED_BROKER, "it-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        options.setConnectionTimeout(5);
        try {
            client.connect(options);
            client.disconnect();
            return true;
        } catch (MqttException e) {
            return false;
        } finally {
            client.close();
        }
    }

    /** The stored password of a user in the realm's file. */
    private static Optional<String> stored(String user) {
        try {
            return Files.readAllLines(users()).stream()
                    .filter(l -> l.startsWith(user + " ") || l.startsWith(user + "="))
                    .map(l -> l.substring(l.indexOf('=') + 1).trim().split(",")[0]).findFirst();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
