/** Remote work sites: the measure, its configuration and the demo-facing setup. */
package org.stadtkern.remotework.internal;
