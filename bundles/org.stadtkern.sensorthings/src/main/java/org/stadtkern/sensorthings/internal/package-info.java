/** The SensorThings API of the urban data platform; nothing here is exported. */
package org.stadtkern.sensorthings.internal;
