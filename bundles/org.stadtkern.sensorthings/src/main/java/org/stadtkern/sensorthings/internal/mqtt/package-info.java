/** The SensorThings MQTT extension: Observations created by publishing, changes published to subscribers. */
package org.stadtkern.sensorthings.internal.mqtt;
