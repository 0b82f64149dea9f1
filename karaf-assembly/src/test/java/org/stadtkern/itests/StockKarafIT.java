package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A partner city's way in: a stock Apache Karaf 4.4 as Maven Central serves it (not our distribution),
 * and exactly the two commands of docs/operations.md "Partner cities". The feature brings everything,
 * the embedded broker and the runtime's account on it included: nothing is edited by hand.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(new File(System.getProperty("stadtkern.stockKaraf")).toURI().toString())
                .unpackDirectory(new File("target/exam-stock"))
                .useDeployFolder(false)
                .name("Apache Karaf"),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            // where this build installed Stadtkern's artifacts (a partner's Karaf reads Maven Central instead)
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("stadtkern.localRepository")),
            systemProperty("stadtkern.version").value(System.getProperty("stadtkern.version", "")),
        };
    }

    @Test
    public void twoCommandsGiveAHealthyRuntime() throws Exception {
        String version = System.getProperty("stadtkern.version");
        console("feature:repo-add mvn:org.stadtkern/stadtkern-features/" + version + "/xml/features");
        console("feature:install stadtkern");

        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        Answer health = health();
        while (health.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            health = health();
        }
        assertEquals(health.body(), 200, health.status());
        for (String up : new String[] {"\"broker\":{\"status\":\"UP\"", "\"database\":{\"status\":\"UP\"",
            "\"sensorthings\":{\"status\":\"UP\"", "\"sovereignty\":{\"status\":\"UP\"",
            "\"core\":{\"status\":\"UP\""}) {
            assertTrue(up + " in " + health.body(), health.body().contains(up));
        }
        // the runtime's broker account came with the feature (put into Karaf's realm at the start)
        String users = Files.readString(Paths.get(System.getProperty("karaf.etc"), "users.properties"));
        assertTrue("the runtime's account in users.properties", users.lines()
                .anyMatch(l -> l.startsWith("stadtkern =") && l.contains("runtime")));
    }

    private record Answer(int status, String body) {
    }

    private static Answer health() throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8181/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, e.toString());
        }
    }

    /** A command typed by the Karaf administrator (its roles, which Karaf's command ACLs ask for). */
    private String console(String command) throws Exception {
        Subject administrator = new Subject();
        administrator.getPrincipals().add(new UserPrincipal("karaf"));
        for (String role : new String[] {"admin", "manager", "viewer", "systembundles"}) {
            administrator.getPrincipals().add(new RolePrincipal(role));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            Subject.doAs(administrator, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
