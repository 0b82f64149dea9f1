/**
 * What other bundles use of the remote work sites: setting up sites and their spaces (the demo city,
 * an import of a city's existing list).
 */
@Version("1.0.0")
package org.stadtkern.remotework.api;

import org.osgi.annotation.versioning.Version;
