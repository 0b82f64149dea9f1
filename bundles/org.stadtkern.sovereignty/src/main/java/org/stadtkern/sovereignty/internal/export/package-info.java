/** Data sovereignty: export (not exported). */
package org.stadtkern.sovereignty.internal.export;
