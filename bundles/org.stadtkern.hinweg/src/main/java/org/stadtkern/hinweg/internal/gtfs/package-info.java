/** Hin &amp; Weg: the network from a GTFS static feed (not exported). */
package org.stadtkern.hinweg.internal.gtfs;
