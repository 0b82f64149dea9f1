/** The one CamelContext of the runtime, its MQTT component and the routes added to it. */
package org.stadtkern.core.internal.camel;
