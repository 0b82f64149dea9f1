/** Co-creation fund on the console (not exported). */
package org.stadtkern.cocreation.internal.command;
