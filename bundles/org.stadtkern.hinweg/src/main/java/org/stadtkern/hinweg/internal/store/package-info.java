/** Hin &amp; Weg: its tables (not exported). */
package org.stadtkern.hinweg.internal.store;
