/** Data sovereignty measure: configuration and database (not exported). */
package org.stadtkern.sovereignty.internal;
