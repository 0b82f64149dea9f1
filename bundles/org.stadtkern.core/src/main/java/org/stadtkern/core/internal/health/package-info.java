/** Whether broker, database and every installed measure are up: /health and the console. */
package org.stadtkern.core.internal.health;
