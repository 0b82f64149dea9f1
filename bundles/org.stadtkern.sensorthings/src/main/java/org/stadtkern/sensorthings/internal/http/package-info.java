/** The SensorThings HTTP binding: service root, entity sets, entities, properties, $value and $ref. */
package org.stadtkern.sensorthings.internal.http;
