/** The urban data platform's ingestion, storage and JSON API; nothing here is exported. */
package org.stadtkern.platform.internal;
