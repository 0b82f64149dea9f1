/**
 * What a Stadtkern measure needs from the core: contribute Camel routes, migrate its tables,
 * know its tenant, hand rejected input to the dead-letter store, publish MQTT messages and see
 * which topics have subscribers.
 */
@Version("1.3.0")
package org.stadtkern.core.api;

import org.osgi.annotation.versioning.Version;
