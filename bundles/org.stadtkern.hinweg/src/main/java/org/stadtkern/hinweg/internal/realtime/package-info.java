/** Hin &amp; Weg: the GTFS-Realtime VehiclePositions feed for travellers' apps (not exported). */
package org.stadtkern.hinweg.internal.realtime;
