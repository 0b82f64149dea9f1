/** Artemis plugin that follows the broker's MQTT subscriptions (not exported). */
package org.stadtkern.broker.internal;
