/** Data sovereignty: retention (not exported). */
package org.stadtkern.sovereignty.internal.retention;
