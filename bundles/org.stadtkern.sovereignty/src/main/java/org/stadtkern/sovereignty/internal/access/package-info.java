/** Data sovereignty: access decisions (not exported). */
package org.stadtkern.sovereignty.internal.access;
