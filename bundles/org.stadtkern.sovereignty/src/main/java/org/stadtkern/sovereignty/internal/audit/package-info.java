/** Data sovereignty: audit (not exported). */
package org.stadtkern.sovereignty.internal.audit;
