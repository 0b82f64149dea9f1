/**
 * What other bundles use of the co-creation fund: loading a round of the fund from data (the demo
 * city's first round; a city that brings the rounds it ran before Stadtkern).
 */
@Version("1.0.0")
package org.stadtkern.cocreation.api;

import org.osgi.annotation.versioning.Version;
