/** Console commands remotework:sites, remotework:bookings and remotework:occupancy. */
package org.stadtkern.remotework.internal.command;
