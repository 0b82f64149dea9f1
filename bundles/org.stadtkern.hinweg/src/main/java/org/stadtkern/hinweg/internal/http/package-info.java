/** Hin &amp; Weg over HTTP: network import, fleet, occupancy (not exported). */
package org.stadtkern.hinweg.internal.http;
