package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;

/**
 * Docs are tested: every example of README.md and docs/ marked for it ({@link DocExamples}) runs as
 * written against the booted distribution, in file order, and must print what the page says. Shell
 * examples run in bash with curl and Mosquitto's clients, from the checkout, with the passwords the
 * pages name in the environment ({@code ADMIN_PASSWORD} of the administrator karaf,
 * {@code SENSOR_PASSWORD} and {@code DISPLAY_PASSWORD} of the demo's broker accounts) and
 * {@code KARAF_HOME}, the runtime's folder. {@code ssh -p 8101 karaf@localhost <command>}
 * runs the command in a console session of the same Karaf as the SSH server would, without a network
 * client (a password prompt cannot be scripted without extra tools).
 */
public class DocExamplesIT extends StadtkernTestSupport {

    private static final Pattern SSH = Pattern.compile("ssh -p 8101 karaf@localhost (.+)");
    private static final long TIMEOUT_SECONDS = 120;
    private static final String MARK = "@@doc-example@@ ";
    private static final String FAILED = "failed: ";
    /** The administrator as SSH logs it in: Karaf's command ACLs show it every command. */
    private static final Subject KARAF = new Subject();

    static {
        KARAF.getPrincipals().add(new UserPrincipal("karaf"));
        for (String role : List.of("admin", "manager", "viewer", "systembundles", "ssh")) {
            KARAF.getPrincipals().add(new RolePrincipal(role));
        }
    }

    @Test
    public void everyMarkedExampleRunsAsWritten() throws Exception {
        Path root = Paths.get(System.getProperty("stadtkern.examples")).getParent().getParent();
        List<DocExamples.Example> examples = DocExamples.find(root);
        String adminPassword = UUID.randomUUID().toString();
        setPassword("karaf", adminPassword);
        Map<String, String> environment = Map.of("ADMIN_PASSWORD", adminPassword, "SENSOR_PASSWORD", "sensor",
                "DISPLAY_PASSWORD", "display", "KARAF_HOME", System.getProperty("karaf.home"));
        // the examples run from the checkout, as a reader who built it (files they write: target/doc-examples)
        Path workDirectory = root;
        List<String> failures = new ArrayList<>();
        for (List<DocExamples.Example> block : DocExamples.blocks(examples)) {
            List<String> printed;
            try {
                printed = block.get(0).console() ? console(block) : shell(block, environment, workDirectory);
            } catch (Exception e) {
                failures.add(block.get(0).where() + " (block)\n  failed: " + e.getMessage());
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                DocExamples.Example example = block.get(i);
                String mismatch = printed.get(i).startsWith(FAILED) ? printed.get(i)
                        : DocExamples.mismatch(example.expected(), printed.get(i));
                if (mismatch != null) {
                    failures.add(example.where() + " " + example.command() + "\n" + mismatch);
                }
            }
        }
        System.out.println("doc examples: ran " + examples.size() + " from README.md and docs/, "
                + failures.size() + " failed");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + examples.size() + " doc examples do not work as written:\n\n"
                    + String.join("\n\n", failures));
        }
        assertTrue("no example is marked for testing", examples.size() > 0);
    }

    private List<String> console(List<DocExamples.Example> block) {
        List<String> printed = new ArrayList<>();
        for (DocExamples.Example example : block) {
            try {
                printed.add(asTheConsoleShowsIt(consoleAsUser(example.command(), example.expected())));
            } catch (Exception e) {
                printed.add(FAILED + e.getMessage());
            }
        }
        return printed;
    }

    /**
     * The harness's console session has no terminal, so a failing Stadtkern command prints its reason
     * as over {@code ssh host command} ({@code Error: <reason>}); the console, where a person types,
     * shows {@code Error executing command: <reason>} (SshConsoleIT checks both over real SSH).
     */
    private static String asTheConsoleShowsIt(String printed) {
        return printed.startsWith("Error: ") ? "Error executing command: " + printed.substring("Error: ".length())
                : printed;
    }

    /**
     * Runs a shell block in one bash, as a reader pastes it into a terminal: commands one after the
     * other, each one's output and exit status cut out by markers. An {@code ssh -p 8101 karaf@localhost}
     * command runs in the console, and the bash after it is a new one.
     */
    private List<String> shell(List<DocExamples.Example> block, Map<String, String> environment, Path workDirectory)
            throws Exception {
        List<String> printed = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= block.size(); i++) {
            Matcher ssh = i < block.size() ? SSH.matcher(block.get(i).command()) : null;
            if (ssh != null && !ssh.matches()) {
                continue;
            }
            printed.addAll(script(block.subList(first, i), environment, workDirectory));
            if (ssh != null) {
                try {
                    printed.add(consoleAsUser(remote(ssh.group(1)), block.get(i).expected()));
                } catch (Exception e) {
                    printed.add(FAILED + e.getMessage());
                }
            }
            first = i + 1;
        }
        return printed;
    }

    /**
     * The command the SSH server receives, as the local shell passes it: one argument in double or single
     * quotes (several console commands separated by {@code ;}) loses its quotes.
     */
    static String remote(String typed) {
        String command = typed.strip();
        boolean quoted = command.length() > 1 && (command.startsWith("\"") && command.endsWith("\"")
                || command.startsWith("'") && command.endsWith("'"));
        return quoted ? command.substring(1, command.length() - 1) : command;
    }

    private static List<String> script(List<DocExamples.Example> commands, Map<String, String> environment,
            Path workDirectory) throws Exception {
        List<String> printed = new ArrayList<>();
        if (commands.isEmpty()) {
            return printed;
        }
        StringBuilder script = new StringBuilder("set -o pipefail\n");
        for (int i = 0; i < commands.size(); i++) {
            printed.add(FAILED + "did not run (an earlier command ended the shell)");
            script.append("printf '\\n").append(MARK).append(i).append("\\n'\n").append(commands.get(i).command())
                    .append("\nprintf '\\n").append(MARK).append("status %d\\n' $?\n");
        }
        int last = -1;
        for (String part : bash(script.toString(), environment, workDirectory).split("\n" + Pattern.quote(MARK))) {
            int newline = part.indexOf('\n');
            String head = newline < 0 ? part : part.substring(0, newline);
            if (head.matches("\\d+")) {
                last = Integer.parseInt(head);
                printed.set(last, newline < 0 ? "" : part.substring(newline + 1));
            } else if (head.startsWith("status ") && !head.equals("status 0") && last >= 0) {
                printed.set(last, FAILED + "exit " + head + ", printed:\n" + printed.get(last));
            }
        }
        return printed;
    }

    private static String bash(String script, Map<String, String> environment, Path workDirectory) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script)
                .directory(workDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream(), out), "doc-example-output");
        reader.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(5000);
            throw new IllegalStateException("did not end within " + TIMEOUT_SECONDS + " s; printed:\n"
                    + out.toString(StandardCharsets.UTF_8));
        }
        reader.join(5000);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * What the person at the console sees: the output, or Karaf's line for a failed command where the
     * page shows that line (a command failing elsewhere fails the example).
     */
    private String consoleAsUser(String command, List<String> expected) throws Exception {
        Exception failure;
        try {
            return Subject.doAs(KARAF, (PrivilegedExceptionAction<String>) () -> console(command));
        } catch (PrivilegedActionException wrapped) {
            failure = wrapped.getException();
        } catch (RuntimeException e) {
            failure = e;
        }
        String line = "Error executing command: " + failure.getMessage();
        if (expected.stream().noneMatch(l -> l.startsWith("Error executing command"))) {
            throw new IllegalStateException(line, failure);
        }
        return line;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (java.io.IOException e) {
            // the process was destroyed
        }
    }
}
