/** The demo city's sensors; nothing here is exported. */
package org.stadtkern.demo.internal;
