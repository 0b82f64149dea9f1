/**
 * The measure kit: what every measure uses so that it is small and behaves like the others. A
 * measure registers a {@link org.stadtkern.core.api.measure.Measure} (listed by {@code /health}
 * and {@code stadtkern:status} whether or not it has routes), lets its routes fail the way
 * {@link org.stadtkern.core.api.measure.ErrorPolicy} says (bad input dead-lettered, a failure of
 * the runtime never acknowledged), and talks SQL through {@link org.stadtkern.core.api.measure.Jdbc}.
 * 1.1: {@code Jdbc.insert} returns the generated key. 1.2: {@code MqttInput.publisherTenant}.
 * 1.3: {@link org.stadtkern.core.api.measure.MeasureBundle} declares a measure's bundle.
 */
@Version("1.4.0")
package org.stadtkern.core.api.measure;

import org.osgi.annotation.versioning.Version;
