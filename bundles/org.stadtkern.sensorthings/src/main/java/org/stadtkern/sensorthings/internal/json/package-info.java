/** SensorThings JSON: entities with control information, $select and $expand. */
package org.stadtkern.sensorthings.internal.json;
