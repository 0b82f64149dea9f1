/** Data sovereignty: the retention run over every dataset's stores (not exported). */
package org.stadtkern.sovereignty.internal.retention;
