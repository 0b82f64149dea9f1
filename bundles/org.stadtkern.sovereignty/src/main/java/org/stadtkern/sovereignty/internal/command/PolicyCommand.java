package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.sovereignty.internal.policy.ConfiguredPolicy;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.sovereignty.internal.policy.Policies;

/**
 * {@code sovereignty:policy <dataset> [--set key=value ...]}: shows a dataset's policy, or changes
 * it (creating it if there is none): the change goes to Config Admin, so it is kept in
 * etc/org.stadtkern.sovereignty.policy-*.cfg, and is recorded in the audit log.
 */
@Command(scope = "sovereignty", name = "policy", description = "Shows or changes the policy of a dataset.")
@Service
public class PolicyCommand extends AuditedCommand {

    private static final String FACTORY_PID = "org.stadtkern.sovereignty.policy";
    /** Letters, digits and dashes, as the catalog names datasets (and safe in a file name). */
    private static final String DATASET_NAME = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";

    @Reference(optional = true)
    Policies policies;

    @Reference(optional = true)
    ConfigurationAdmin configurationAdmin;

    @Argument(index = 0, name = "dataset", required = true, description = "The dataset's name")
    @Completion(DatasetNameCompleter.class)
    String dataset;

    @Option(name = "--set", multiValued = true, description = "key=value, e.g. classification=personal, "
            + "purposes=traffic-planning, retention=P90D, retention.action=aggregate, count.rule=suppress, count.k=5")
    List<String> changes;

    @Override
    protected Object run() throws Exception {
        DatasetRef ref = new DatasetRef(tenant(), dataset);
        if (changes == null || changes.isEmpty()) {
            Optional<DatasetPolicy> policy = ready(policies).of(ref);
            if (policy.isEmpty()) {
                System.out.println("No policy for " + ref + ": its Datastreams are internal.");
            } else {
                print(policy.get());
            }
            return null;
        }
        if (!dataset.matches(DATASET_NAME)) {
            throw fail("A dataset's name has letters, digits and dashes only: '" + dataset + "'. Nothing changed.");
        }
        Optional<ConfiguredPolicy> configured = ready(policies).configured(ref);
        Configuration configuration = configured.isPresent()
                ? ready(configurationAdmin).getConfiguration(configured.get().pid(), "?") : null;
        Dictionary<String, Object> properties = configuration == null || configuration.getProperties() == null
                ? new Hashtable<>() : configuration.getProperties();
        properties.put("dataset", dataset);
        if (tenantGiven()) {
            properties.put("tenant", tenant());
        }
        for (String change : changes) {
            int equals = change.indexOf('=');
            if (equals < 1) {
                throw fail("Not key=value: '" + change + "'. Nothing changed.");
            }
            properties.put(change.substring(0, equals).trim(), change.substring(equals + 1).trim());
        }
        if (configuration == null) {
            create(ref, properties);
        } else {
            configuration.update(properties);
        }
        record("policy", dataset, null, "set " + String.join(", ", changes));
        System.out.println("Policy of " + ref + " changed: " + String.join(", ", changes)
                + ". If the log shows the policy was refused, the dataset stays internal.");
        return null;
    }

    /**
     * A new policy is written as a file of etc/, like the shipped ones, where an operator finds, edits
     * and backs it up; Felix File Install reads it into Config Admin within a second or two (a
     * configuration made only in Config Admin would not be written to etc/).
     */
    private void create(DatasetRef ref, Dictionary<String, Object> properties)
            throws IOException, InterruptedException {
        String name = tenantGiven() ? tenant() + "-" + dataset : dataset;
        if (!name.matches(DATASET_NAME)) {
            throw fail("A tenant's name has letters, digits and dashes only: '" + tenant() + "'. Nothing changed.");
        }
        Path file = Paths.get(System.getProperty("karaf.etc"), FACTORY_PID + "-" + name + ".cfg");
        if (Files.exists(file)) {
            throw fail(file + " exists, but its policy is not in force (karaf.log says why); correct the file."
                    + " Nothing changed.");
        }
        Properties values = new Properties();
        for (String key : Collections.list(properties.keys())) {
            values.setProperty(key, String.valueOf(properties.get(key)));
        }
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            values.store(out, "Data sovereignty policy of dataset " + dataset + ", set with sovereignty:policy");
        }
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        awaitInForce(ref);
    }

    /** Waits (at most 10 s) until File Install has read the new file, so that the next command sees it. */
    private void awaitInForce(DatasetRef ref) throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (ready(policies).configured(ref).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
    }

    private static void print(DatasetPolicy policy) {
        System.out.println("Dataset:        " + policy.dataset());
        System.out.println("Classification: " + policy.classification().name().toLowerCase(java.util.Locale.ROOT));
        System.out.println("Licence:        " + policy.license());
        System.out.println("Purposes:       " + String.join(", ", policy.purposes()));
        System.out.println("Legal basis:    " + policy.legalBasis());
        System.out.println("Retention:      " + (policy.retention() == null ? "none" : policy.retention().text()
                + (policy.aggregate() ? ", then aggregated to " + policy.resolution() : ", then deleted")));
        System.out.println("Counts:         " + policy.countRule());
        System.out.println("Owner:          " + policy.owner());
    }
}
