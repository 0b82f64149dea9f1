/** Co-creation fund: the measure, its configuration and its store (not exported). */
package org.stadtkern.cocreation.internal;
