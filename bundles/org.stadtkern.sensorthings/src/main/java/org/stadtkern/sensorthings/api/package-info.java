/**
 * What other measures use of the SensorThings API: registering their sensors as Things with
 * Datastreams and storing their Observations, so that their data is platform data (findable,
 * queryable, in the catalog).
 */
@Version("1.3.0")
package org.stadtkern.sensorthings.api;

import org.osgi.annotation.versioning.Version;
