/** Data sovereignty: http (not exported). */
package org.stadtkern.sovereignty.internal.http;
