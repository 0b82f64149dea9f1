/** Console commands of the SensorThings API: sta:things, sta:datastreams, sta:latest, sta:import. */
package org.stadtkern.sensorthings.internal.command;
