/**
 * The console of a measure: {@link org.stadtkern.core.api.console.MeasureCommand}, the base of its
 * commands (tenant option, console user, failures that fail:
 * {@link org.stadtkern.core.api.console.CommandFailure}), and
 * {@link org.stadtkern.core.api.console.IdCompleter} for id arguments. Needs Karaf's shell (imported
 * optionally: a runtime without the shell has no commands and no use for these). 1.1:
 * {@code MeasureCommand.ready}: services are optional, so commands stay registered while they restart.
 * 1.1.1: over SSH ({@code ssh host command}) results are printed, failures as plain {@code Error: <reason>}
 * with exit status 1.
 */
@Version("1.1.1")
package org.stadtkern.core.api.console;

import org.osgi.annotation.versioning.Version;
