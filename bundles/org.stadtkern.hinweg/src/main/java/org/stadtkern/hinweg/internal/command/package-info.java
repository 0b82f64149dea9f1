/** Hin &amp; Weg console commands (not exported). */
package org.stadtkern.hinweg.internal.command;
