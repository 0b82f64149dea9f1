package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
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

    @Reference(optional = true)
    Policies policies;

    @Reference(optional = true)
    ConfigurationAdmin configurationAdmin;

    @Argument(index = 0, name = "dataset", required = true, description = "The dataset's name")
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
        Optional<ConfiguredPolicy> configured = ready(policies).configured(ref);
        Configuration configuration = configured.isPresent()
                ? ready(configurationAdmin).getConfiguration(configured.get().pid(), "?")
                : ready(configurationAdmin).getFactoryConfiguration(FACTORY_PID, dataset, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
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
        configuration.update(properties);
        record("policy", dataset, null,
                "set " + String.join(", ", changes));
        System.out.println("Policy of " + ref + " changed: " + String.join(", ", changes)
                + ". If the log shows the policy was refused, the dataset stays internal.");
        return null;
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
