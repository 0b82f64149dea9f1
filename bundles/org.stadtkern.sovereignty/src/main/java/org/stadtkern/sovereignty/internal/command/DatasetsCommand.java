package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.sovereignty.internal.policy.Policies;

/** {@code sovereignty:datasets}: every dataset with a policy. */
@Command(scope = "sovereignty", name = "datasets", description = "Lists the datasets with their policies.")
@Service
public class DatasetsCommand implements Action {

    @Reference(optional = true)
    Policies policies;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Tenant");
        table.column("Dataset");
        table.column("Classification");
        table.column("Purposes").maxSize(40);
        table.column("Retention");
        table.column("Counts");
        table.column("Owner");
        for (DatasetPolicy policy : ready(policies).all()) {
            table.addRow().addContent(policy.dataset().tenant(), policy.dataset().name(),
                    policy.classification().name().toLowerCase(java.util.Locale.ROOT),
                    String.join(", ", policy.purposes()),
                    policy.retention() == null ? "-" : policy.retention().text() + (policy.aggregate()
                            ? " aggregate" : " delete"), policy.countRule(), policy.owner());
        }
        table.print(System.out);
        System.out.println(ready(policies).all().size() + " datasets; Datastreams of other datasets are internal");
        return null;
    }
}
