/** Data sovereignty: identity (not exported). */
package org.stadtkern.sovereignty.internal.identity;
