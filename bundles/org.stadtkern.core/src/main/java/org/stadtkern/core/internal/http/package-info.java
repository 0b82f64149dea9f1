/** The core's HTTP resources: /health, /api/dead-letters and problem answers for unknown paths. */
package org.stadtkern.core.internal.http;
