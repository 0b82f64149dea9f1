/** The SensorThings data model: entity types, their properties and navigation links. */
package org.stadtkern.sensorthings.internal.model;
