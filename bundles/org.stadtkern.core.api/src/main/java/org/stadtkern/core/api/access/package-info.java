/**
 * Data sovereignty for every read path: who is calling ({@link Caller}), which datasets that caller
 * may read ({@link Readable}), how published counts are protected, and the audit record of reads
 * of internal and personal data. The service {@link AccessControl} is provided by the
 * data-sovereignty measure (feature {@code stadtkern-sovereignty}); a measure that serves data asks
 * it on every request instead of deciding itself. 2.0: {@code JaasRealm} (how the realm is asked, an
 * implementation) left the API for the data-sovereignty bundle. 2.1: {@link Accounts}, so that
 * measures create their accounts without shipped passwords.
 */
@Version("2.1.0")
package org.stadtkern.core.api.access;

import org.osgi.annotation.versioning.Version;
