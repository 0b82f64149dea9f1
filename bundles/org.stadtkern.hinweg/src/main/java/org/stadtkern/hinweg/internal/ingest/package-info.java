/** Hin &amp; Weg: door events over MQTT, checked, counted and published (not exported). */
package org.stadtkern.hinweg.internal.ingest;
