package org.stadtkern.core.api.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes an id argument from the ids a measure knows: subclass it with {@code @Service}, return
 * the ids from {@link #ids()}, and name it in {@code @Completion} on the argument.
 */
public abstract class IdCompleter implements Completer {

    /** The ids to offer, e.g. the tenant's vehicles; at most a few hundred are useful. */
    protected abstract Collection<String> ids() throws Exception;

    @Override
    public final int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter strings = new StringsCompleter();
        try {
            strings.getStrings().addAll(ids());
        } catch (Exception e) {
            // nothing to offer while the store does not answer; the command itself will say why
            return -1;
        }
        return strings.complete(session, commandLine, candidates);
    }
}
