/**
 * What a Stadtkern measure needs from the core: contribute Camel routes, migrate its tables,
 * know its tenant, hand rejected input to the dead-letter store, publish MQTT messages and see
 * which topics have subscribers. 2.0: one way to publish, {@code MessagePublisher}, always with an
 * audience ({@code Mqtt.publish} endpoints and the publish without audience are gone). 2.1: the
 * runtime's broker role {@code MessagePublisher.RUNTIME_ROLE}.
 */
@Version("2.1.0")
package org.stadtkern.core.api;

import org.osgi.annotation.versioning.Version;
