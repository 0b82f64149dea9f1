/** Hin &amp; Weg: how many passengers a vehicle carries on a trip, and how full that is (not exported). */
package org.stadtkern.hinweg.internal.load;
