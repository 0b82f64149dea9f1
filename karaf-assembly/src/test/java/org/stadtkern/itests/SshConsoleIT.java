package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The console as a script meets it: OpenSSH's client ({@code sshpass} gives the password, as the
 * operations guide shows) runs single commands on port 8101. Results are printed, a failure prints
 * its reason without colour codes and exits 1, {@code help} lists commands.
 */
public class SshConsoleIT extends StadtkernTestSupport {

    private record Run(int status, String out) {
    }

    private static Run ssh(String password, String command) throws Exception {
        List<String> line = new ArrayList<>(List.of("sshpass", "-e", "ssh", "-o", "StrictHostKeyChecking=no", "-o",
                "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", "8101", "karaf@localhost", command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SSHPASS", password);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertTrue("ssh " + command + " finished", process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    /** An interactive session (a terminal, as a person at the console has), each input after a pause. */
    private static String interactive(String password, String... inputs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sshpass", "-e", "ssh", "-tt", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", "8101", "karaf@localhost")
                .redirectErrorStream(true);
        builder.environment().put("SSHPASS", password);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(out);
            } catch (java.io.IOException e) {
                // the session ended
            }
        });
        reader.start();
        sleep(3000);
        for (String input : inputs) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            sleep(2000);
        }
        process.getOutputStream().write("logout\r".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        assertTrue("console session ended", process.waitFor(30, TimeUnit.SECONDS));
        reader.join(5000);
        return out.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]", "");
    }

    @Test
    public void idsAreCompletedInTheConsole() throws Exception {
        String password = UUID.randomUUID().toString();
        setPassword("karaf", password);
        long datastream = get("/sta/v1.1/Datastreams?$orderby=id%20desc&$top=1&$select=id").json().path("value")
                .get(0).path("@iot.id").asLong();
        // the id but its last digit, TAB TAB: the full id appears (completed, or among the candidates)
        String prefix = String.valueOf(datastream).substring(0, String.valueOf(datastream).length() - 1);
        String screen = interactive(password, "sta:latest " + prefix + "\t\t", "\u0003",
                "sovereignty:policy \t\t", "\u0003", "hinweg:stop OB-\t\t", "\u0003",
                "hinweg:stop NOWHERE\r");
        assertTrue(screen, screen.contains(String.valueOf(datastream)));
        // where a person types, a failure reads as Karaf's console prints it
        assertTrue(screen, screen.contains("Error executing command: No stop 'NOWHERE'"));
        assertTrue(screen, screen.contains("environment") && screen.contains("passenger-counts"));
        assertTrue(screen, screen.contains("OB-hauptbahnhof") && screen.contains("OB-altmarkt"));
    }

    @Test
    public void singleCommandsOverSshBehaveForScripts() throws Exception {
        String password = UUID.randomUUID().toString();
        setPassword("karaf", password);

        Run status = ssh(password, "stadtkern:status");
        assertEquals(status.out(), 0, status.status());
        assertTrue(status.out(), status.out().startsWith("Stadtkern UP"));

        // a name several Datastreams have: refused with the ids, exit status 1, no colour codes for a log file
        Run ambiguous = ssh(password, "sta:latest Lufttemperatur");
        assertEquals(ambiguous.out(), 1, ambiguous.status());
        assertTrue(ambiguous.out(), ambiguous.out().startsWith("Error: ")
                && ambiguous.out().contains("Datastreams are named 'Lufttemperatur' (ids "));
        assertFalse(ambiguous.out(), ambiguous.out().contains("\u001b["));
        Run unknown = ssh(password, "hinweg:stop NOWHERE");
        assertEquals(unknown.out(), 1, unknown.status());
        assertTrue(unknown.out(), unknown.out().startsWith("Error: No stop 'NOWHERE'"));

        // help, and help for a scope: Karaf's help went through 'more', which prints nothing without a terminal
        Run help = ssh(password, "help");
        assertEquals(0, help.status());
        assertTrue(help.out(), help.out().contains("stadtkern:status") && help.out().contains("sta:latest")
                && help.out().contains("hinweg:stop") && help.out().contains("feature:install"));
        Run scope = ssh(password, "help hinweg");
        assertTrue(scope.out(), scope.out().contains("hinweg:stop") && !scope.out().contains("sta:latest"));
        Run sta = ssh(password, "help sta:");
        assertTrue(sta.out(), sta.out().contains("sta:datastreams") && sta.out().contains("sta:latest"));
    }
}
