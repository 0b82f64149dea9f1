/** Data sovereignty: the registry of infrastructures and data sources (not exported). */
package org.stadtkern.sovereignty.internal.registry;
