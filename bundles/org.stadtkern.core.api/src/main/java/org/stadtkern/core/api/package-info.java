/**
 * What a Stadtkern measure needs from the core: contribute Camel routes, migrate its tables,
 * know its tenant and hand rejected input to the dead-letter store.
 */
@Version("1.1.0")
package org.stadtkern.core.api;

import org.osgi.annotation.versioning.Version;
