/** The fund's records in the measure's schema (db/cocreation/V*.sql), per tenant (not exported). */
package org.stadtkern.cocreation.internal.store;
