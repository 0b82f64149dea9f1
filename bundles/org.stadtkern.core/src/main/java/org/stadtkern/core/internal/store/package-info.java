/** The core's use of the database: schema migration, tenancy and the dead-letter store. */
package org.stadtkern.core.internal.store;
