/** Hin &amp; Weg: counts exported as GTFS-ride files (not exported). */
package org.stadtkern.hinweg.internal.export;
