/**
 * What other bundles use of Hin &amp; Weg: setting up its network and fleet (a demo, a test-track
 * measure that brings its own shuttle, an integration importing the operator's feed).
 */
@Version("1.1.0")
package org.stadtkern.hinweg.api;

import org.osgi.annotation.versioning.Version;
