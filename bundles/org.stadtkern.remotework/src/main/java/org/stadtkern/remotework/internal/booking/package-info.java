/** Bookings and their rules: states, policy checks, the quarter hours a booking holds, iCalendar. */
package org.stadtkern.remotework.internal.booking;
