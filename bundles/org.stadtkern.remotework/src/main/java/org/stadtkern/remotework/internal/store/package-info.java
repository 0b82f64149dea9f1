/** The measure's tables: sites and spaces, people, bookings and their slots, presence, profiles, reports. */
package org.stadtkern.remotework.internal.store;
