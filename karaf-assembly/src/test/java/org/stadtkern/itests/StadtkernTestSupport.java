package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the built Stadtkern distribution once for all test classes (the configuration below is
 * shared, so Pax Exam reuses the container) and gives tests HTTP, MQTT and console access as a
 * user would have it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class StadtkernTestSupport {

    protected static final String BASE = "http://localhost:8181";
    protected static final String EMBEDDED_BROKER = "tcp://localhost:1883";
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String repository = System.getProperty("stadtkern.localRepository");
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(new File(System.getProperty("stadtkern.distribution")).toURI().toString())
                .unpackDirectory(new File("target/exam"))
                .useDeployFolder(false)
                .name("Stadtkern"),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    repository),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                    "https://repo.maven.apache.org/maven2@id=central"),
            editConfigurationFilePut("etc/org.stadtkern.demo.cfg", "period", "2000"),
            // the test users (passwords equal names; hashed by the realm when it sees the file): an
            // administrator, and the demo's broker accounts, which the demo then leaves as they are. The
            // administrator karaf is left to the first start, which generates its password.
            editConfigurationFilePut("etc/users.properties", DEFAULT_USER, DEFAULT_USER + ",_g_:admingroup"),
            editConfigurationFilePut("etc/users.properties", "sensor", "sensor,mqtt-writer"),
            editConfigurationFilePut("etc/users.properties", "display", "display,mqtt-reader"),
            // a short lockout window, so that SecureDefaultsIT sees a lockout end
            editConfigurationFilePut("etc/org.stadtkern.login.cfg", "window.seconds", "4"),
            systemProperty("stadtkern.sensorthingsBundle")
                    .value(System.getProperty("stadtkern.sensorthingsBundle", "")),
            systemProperty("stadtkern.examples").value(System.getProperty("stadtkern.examples", "")),
            systemProperty("stadtkern.etc").value(System.getProperty("stadtkern.etc", "")),
            // the release, for feature repositories of measures built beside it (MeasureTemplateIT)
            systemProperty("stadtkern.version").value(System.getProperty("stadtkern.version", "")),
            systemProperty("stadtkern.ets").value(System.getProperty("stadtkern.ets", "")),
            // the shared test data beside the checkout (../shared/data), read in place
            systemProperty("stadtkern.shared").value(System.getProperty("stadtkern.shared", "")),
        };
    }

    /** Every test starts with the runtime up, as a user would find it: healthy, every measure there. */
    @Before
    public void runtimeIsUp() {
        await("runtime healthy", 90, () -> {
            Response health = get("/health");
            JsonNode measures = health.json().path("measures");
            return health.status() == 200 && measures.has("core") && measures.has("demo")
                    && measures.has("sensorthings") && measures.has("hinweg") && measures.has("cocreation")
                    && measures.has("remotework");
        });
    }

    protected record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /**
     * The user requests go as unless a test names another: an administrator of the default tenant,
     * put into etc/users.properties before the start as an operator may (the distribution has none).
     */
    protected static final String DEFAULT_USER = "admin";

    /** A request as {@link #DEFAULT_USER}. */
    protected static Response http(String method, String path, String contentType, byte[] body) {
        return http(method, path, contentType, body, DEFAULT_USER);
    }

    /**
     * A request as {@code user} (HTTP Basic; the test users' passwords equal their names), anonymous
     * for {@code null}.
     */
    protected static Response http(String method, String path, String contentType, byte[] body, String user) {
        return http(method, path, contentType, body, user, java.util.Map.of());
    }

    /** A request as {@code user} (anonymous for {@code null}) with further headers. */
    protected static Response http(String method, String path, String contentType, byte[] body, String user,
            java.util.Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                    .timeout(Duration.ofSeconds(10));
            headers.forEach(request::header);
            if (user != null) {
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            return new Response(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected static Response get(String path) {
        return http("GET", path, null, null);
    }

    /** GET without credentials. */
    protected static Response getAnonymously(String path) {
        return http("GET", path, null, null, null);
    }

    /** GET as the administrator {@link #DEFAULT_USER}. */
    protected static Response getAsOperator(String path) {
        return http("GET", path, null, null, DEFAULT_USER);
    }

    /** Publishes at QoS 1 and returns when the broker has acknowledged. */
    protected static void publish(String broker, String user, String topic, byte[] payload) throws Exception {
        publish(broker, user, topic, payload, Map.of());
    }

    /**
     * Publishes at QoS 1 with MQTT 5 user properties (such as a client could forge) and returns when
     * the broker has accepted it. A publish the broker refuses (a topic the runtime does not subscribe
     * to yet, such as right after a start) is tried again for up to 10 s, as a sensor would, then fails.
     */
    protected static void publish(String broker, String user, String topic, byte[] payload,
            Map<String, String> userProperties) throws Exception {
        MqttAsyncClient client = new MqttAsyncClient(broker, "it-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(user.getBytes(StandardCharsets.UTF_8));
        options.setConnectionTimeout(5);
        client.connect(options).waitForCompletion(10_000);
        try {
            MqttProperties properties = new MqttProperties();
            properties.setUserProperties(userProperties.entrySet().stream()
                    .map(entry -> new UserProperty(entry.getKey(), entry.getValue())).toList());
            long end = System.currentTimeMillis() + 10_000;
            while (true) {
                IMqttToken token = client.publish(topic, new MqttMessage(payload, 1, false, properties));
                token.waitForCompletion(10_000);
                int[] codes = token.getReasonCodes();
                if (codes == null || codes.length == 0 || codes[0] < 0x80) {
                    return;
                }
                if (System.currentTimeMillis() > end || !client.isConnected()) {
                    throw new AssertionError("the broker refused the publish to " + topic + " (reason " + codes[0]
                            + ")");
                }
                sleep(200);
            }
        } finally {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5000);
            }
            client.close();
        }
    }

    protected static void publish(String topic, String payload) throws Exception {
        publish(EMBEDDED_BROKER, "sensor", topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the SensorThings API serves. */
    protected static final String STA = "/sta/v1.1";

    /** A station as a sensor operator registers it: Thing with Location and one Datastream of a dataset. */
    private static final String STATION = """
            {"name": "%s", "description": "test station",
             "Locations": [{"name": "Altmarkt", "description": "Oberhausen", "encodingType": "application/geo+json",
                            "location": {"type": "Point", "coordinates": [6.8522, 51.47]}}],
             "Datastreams": [{"name": "%s", "description": "test", "observationType": "OM_Measurement",
               "unitOfMeasurement": {"symbol": "%s"}, "properties": {"dataset": "%s"},
               "Sensor": {"name": "test", "description": "d", "encodingType": "text/plain", "metadata": "m"},
               "ObservedProperty": {"name": "test", "definition": "urn:stadtkern:test", "description": "d"}}]}
            """;

    /**
     * Registers a station (a Thing with one Datastream of that name, unit {@code 1}) in the demo's open
     * dataset {@code environment} as the runtime's admin; returns the Datastream's id.
     */
    protected static long datastream(String name) {
        return datastream(name, "1", "environment");
    }

    /** Registers a station with one Datastream of the unit and catalog dataset; returns the Datastream's id. */
    protected static long datastream(String name, String unit, String dataset) {
        Response created = http("POST", STA + "/Things", "application/json",
                String.format(STATION, name, name, unit, dataset).getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
        long thing = created.json().get("@iot.id").asLong();
        return get(STA + "/Things(" + thing + ")/Datastreams").json().get("value").get(0).get("@iot.id").asLong();
    }

    /** The MQTT topic a sensor publishes a Datastream's Observations to. */
    protected static String topic(long datastream) {
        return "v1.1/Datastreams(" + datastream + ")/Observations";
    }

    /** The Observations of a Datastream as the SensorThings API serves them, newest first (up to 1,000). */
    protected static JsonNode observations(long datastream) {
        Response response = get(STA + "/Datastreams(" + datastream
                + ")/Observations?$top=1000&$orderby=phenomenonTime%20desc,id%20desc");
        assertEquals(response.body(), 200, response.status());
        return response.json().get("value");
    }

    /** The id of the first Datastream named so, or -1. */
    protected static long datastreamNamed(String thing, String name) {
        JsonNode found = get(STA + "/Things?$filter=" + java.net.URLEncoder.encode("name eq '" + thing + "'",
                StandardCharsets.UTF_8).replace("+", "%20") + "&$expand=Datastreams($filter="
                + java.net.URLEncoder.encode("name eq '" + name + "'", StandardCharsets.UTF_8).replace("+", "%20")
                + ")").json().path("value");
        for (JsonNode t : found) {
            for (JsonNode d : t.path("Datastreams")) {
                return d.get("@iot.id").asLong();
            }
        }
        return -1;
    }

    /**
     * Waits until the condition holds. A condition that throws (say, a page not yet JSON while the
     * runtime reconfigures) counts as not yet; the last such error is reported on timeout.
     */
    protected static void await(String what, int seconds, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Throwable last = null;
        while (System.currentTimeMillis() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError e) {
                last = e;
            }
            sleep(200);
        }
        throw new AssertionError("Timed out after " + seconds + " s waiting for: " + what, last);
    }

    /**
     * Waits until a reconfiguration has settled: the route has run for some seconds without being
     * restarted (a change of etc/ can restart the core more than once in a row).
     */
    protected static void awaitSettled(String route) {
        await(route + " running for 3 s", 60, () -> routeUptimes().getOrDefault(route, 0L) > 3000);
    }

    /** Uptime in ms of every route, from Camel's JMX beans. */
    /** Stops or starts ({@code operation}) every route whose id starts with the prefix, through Camel's JMX beans. */
    protected static void routes(String prefix, String operation) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:type=routes,*"), null)) {
                try {
                    if (((String) server.getAttribute(name, "RouteId")).startsWith(prefix)) {
                        server.invoke(name, operation, null, null);
                    }
                } catch (javax.management.InstanceNotFoundException gone) {
                    // a route of another measure was just replaced (a reconfiguration): not ours
                }
            }
        } catch (javax.management.JMException e) {
            throw new AssertionError("Camel's JMX beans not usable", e);
        }
    }

    protected static Map<String, Long> routeUptimes() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Long> uptimes = new HashMap<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:type=routes,*"), null)) {
                uptimes.put((String) server.getAttribute(name, "RouteId"),
                        (Long) server.getAttribute(name, "UptimeMillis"));
            }
        } catch (javax.management.JMException e) {
            throw new AssertionError("Camel's JMX beans not readable", e);
        }
        return uptimes;
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs a console command as the karaf user would and returns what it printed. */
    protected String console(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs a console command that must fail, as the person at the console would see it, and returns
     * the reason it gives (thrown, so that the shell reports an error and a remote call exits 1).
     */
    protected String consoleFailure(String command) throws Exception {
        try {
            String printed = console(command);
            throw new AssertionError("'" + command + "' did not fail; it printed: " + printed);
        } catch (org.stadtkern.core.api.console.CommandFailure e) {
            return e.getMessage();
        }
    }

    /**
     * Adds a user to the realm (password equal to the name) unless it is there, as an operator would
     * with {@code jaas:user-add}: through Karaf's backing engine, which stores the password hashed. Karaf
     * writes the file without a lock, and another writer of it (its password-hashing watcher) can
     * overlap a write: seen here as a role cut off into a user of its own. So the file is read again
     * once it has been quiet for a moment, until it shows the user with its roles and no role as a
     * user; what had to be repaired is printed.
     */
    protected static synchronized void ensureUser(String name, String... roles) {
        for (int attempt = 0; attempt < 5; attempt++) {
            awaitUsersFileHashed();
            org.apache.karaf.jaas.modules.BackingEngine engine = realmEngine();
            if (engine.lookupUser(name) == null) {
                engine.addUser(name, name);
            }
            for (String role : roles) {
                if (!held(realmEngine(), name).contains(role)) {
                    if (role.startsWith("_g_:")) {
                        engine.addGroup(name, role.substring(4));
                    } else {
                        engine.addRole(name, role);
                    }
                }
            }
            awaitUsersFileQuiet();
            org.apache.karaf.jaas.modules.BackingEngine now = realmEngine();
            java.util.List<String> split = java.util.Arrays.stream(roles)
                    .filter(role -> now.lookupUser(role) != null).toList();
            if (held(now, name).containsAll(java.util.List.of(roles)) && split.isEmpty()) {
                return;
            }
            System.out.println("users.properties lost roles of " + name + " (attempt " + attempt + "), roles as users: "
                    + split + "; file now: " + usersFileMasked());
            split.forEach(now::deleteUser);
        }
        throw new AssertionError("the realm did not keep " + name + ": " + usersFileMasked());
    }

    /**
     * Sets the password of an existing user of the realm, keeping its roles, as {@code jaas:user-add}
     * does for a user that is there (with the same care for the realm's file as {@link #ensureUser}).
     */
    protected static synchronized void setPassword(String name, String password) {
        awaitUsersFileHashed();
        java.util.Set<String> roles = held(realmEngine(), name);
        realmEngine().addUser(name, password);
        awaitUsersFileQuiet();
        if (!held(realmEngine(), name).containsAll(roles)) {
            throw new AssertionError("the realm lost roles of " + name + ": " + usersFileMasked());
        }
    }

    private static java.nio.file.Path usersFile() {
        return java.nio.file.Paths.get(System.getProperty("karaf.etc"), "users.properties");
    }

    /**
     * Waits until no password in the realm's file is plain (Karaf's watcher, which hashes them by writing
     * the whole file, has nothing left to do) and the file is quiet (at most 30 s).
     */
    private static void awaitUsersFileHashed() {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (java.nio.file.Files.readAllLines(usersFile()).stream().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("_g_") && l.contains("="))
                        .map(l -> l.substring(l.indexOf('=') + 1).split(",", 2)[0].trim())
                        .allMatch(p -> p.startsWith("{CRYPT}") && p.endsWith("{CRYPT}") && p.length() > 7)) {
                    awaitUsersFileQuiet();
                    return;
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            sleep(50);
        }
        System.out.println("users.properties still holds plain passwords: " + usersFileMasked());
    }

    /** Waits until the realm's file has not changed for 300 ms (at most 5 s). */
    private static void awaitUsersFileQuiet() {
        long end = System.currentTimeMillis() + 5000;
        String last = "";
        while (System.currentTimeMillis() < end) {
            String now;
            try {
                now = java.nio.file.Files.getLastModifiedTime(usersFile()).toMillis() + "/"
                        + java.nio.file.Files.size(usersFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            if (now.equals(last)) {
                return;
            }
            last = now;
            sleep(300);
        }
    }

    private static String usersFileMasked() {
        try {
            return String.join(" | ", java.nio.file.Files.readAllLines(usersFile()).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.replaceAll("\\{CRYPT\\}[^{]*\\{CRYPT\\}", "HASH")).toList());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** The user's roles and groups ({@code _g_:name}) as the realm's file holds them now. */
    protected static java.util.Set<String> realmRoles(String name) {
        return held(realmEngine(), name);
    }

    private static java.util.Set<String> held(org.apache.karaf.jaas.modules.BackingEngine engine, String name) {
        var principal = engine.lookupUser(name);
        java.util.Set<String> held = new java.util.HashSet<>();
        if (principal != null) {
            engine.listRoles(principal).forEach(role -> held.add(role.getName()));
            engine.listGroups(principal).forEach(group -> held.add("_g_:" + group.getName()));
        }
        return held;
    }

    /** Karaf's backing engine of the realm's properties file, as the jaas: commands use it. */
    private static org.apache.karaf.jaas.modules.BackingEngine realmEngine() {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil
                .getBundle(StadtkernTestSupport.class).getBundleContext();
        try {
            var factories = context.getServiceReferences(org.apache.karaf.jaas.modules.BackingEngineFactory.class,
                    null);
            for (var realmReference : context.getServiceReferences(org.apache.karaf.jaas.config.JaasRealm.class,
                    null)) {
                for (var entry : context.getService(realmReference).getEntries()) {
                    for (var factoryReference : factories) {
                        var factory = context.getService(factoryReference);
                        if (factory.getModuleClass().equals(entry.getOptions()
                                .get(org.apache.karaf.jaas.boot.ProxyLoginModule.PROPERTY_MODULE))) {
                            return factory.build(entry.getOptions());
                        }
                    }
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no backing engine for the realm");
    }

    /** The retained message of a topic as a display receives it when it subscribes ("" if none). */
    protected static String retained(String topic) throws Exception {
        java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
        org.eclipse.paho.mqttv5.client.MqttClient display = new org.eclipse.paho.mqttv5.client.MqttClient(
                EMBEDDED_BROKER, "it-" + UUID.randomUUID(), new MemoryPersistence());
        org.eclipse.paho.mqttv5.client.MqttConnectionOptions options =
                new org.eclipse.paho.mqttv5.client.MqttConnectionOptions();
        options.setUserName("display");
        options.setPassword("display".getBytes(StandardCharsets.UTF_8));
        display.setCallback((OnMessage) (t, message) -> received.add(new String(message.getPayload(),
                StandardCharsets.UTF_8)));
        display.connect(options);
        try {
            display.subscribe(topic, 0);
            String message = received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            return message == null ? "" : message;
        } finally {
            display.disconnect();
            display.close();
        }
    }

    /** The runtime's resident memory in MB (the tests run inside its JVM), from /proc; -1 elsewhere. */
    protected static long residentMB() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Paths.get("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1024) / 1024;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
