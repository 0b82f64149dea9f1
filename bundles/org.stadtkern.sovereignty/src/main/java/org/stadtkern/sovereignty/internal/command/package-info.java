/** Data sovereignty: command (not exported). */
package org.stadtkern.sovereignty.internal.command;
