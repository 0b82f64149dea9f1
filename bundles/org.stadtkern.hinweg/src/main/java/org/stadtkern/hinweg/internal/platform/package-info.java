/** The raw counts as platform data: counting sensors as SensorThings Things, counts as Observations. */
package org.stadtkern.hinweg.internal.platform;
