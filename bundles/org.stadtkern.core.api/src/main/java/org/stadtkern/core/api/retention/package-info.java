/**
 * Retention of stored records by dataset. A measure that stores records of datasets registers a
 * {@link RetentionTarget}; the data-sovereignty measure's scheduled retention run calls every
 * target with each dataset's {@link RetentionRule} (from the dataset's policy) and records the
 * {@link RetentionOutcome} in the audit log.
 */
@Version("1.0.0")
package org.stadtkern.core.api.retention;

import org.osgi.annotation.versioning.Version;
