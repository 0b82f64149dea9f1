/** The measure's routes: presence from desk and room sensors, and the bookings' housekeeping. */
package org.stadtkern.remotework.internal.ingest;
