/** Storage of SensorThings entities in SQL (H2 or PostgreSQL) and evaluation of queries. */
package org.stadtkern.sensorthings.internal.store;
