/** Route files for integrators: *.camel.yaml and *.camel.xml dropped into deploy/. */
package org.stadtkern.core.internal.deploy;
