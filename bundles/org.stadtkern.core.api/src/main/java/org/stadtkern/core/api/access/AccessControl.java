package org.stadtkern.core.api.access;

import java.util.OptionalLong;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The runtime's access decisions, the one place measures ask. The safe way is the short one:
 * {@code authenticate} the request, read only what {@code readable} allows, pass counts through
 * {@code publishedCount} and report reads with {@code recordRead}.
 */
@ProviderType
public interface AccessControl {

    /** Header that carries the declared purpose of a request (or parameter {@code purpose}). */
    String PURPOSE_HEADER = "X-Purpose";

    /**
     * The caller of an HTTP request: HTTP Basic against the JAAS realm, or an API token
     * ({@code Authorization: Bearer ...}); anonymous without credentials.
     *
     * @throws Denied with 401 for wrong, malformed or expired credentials
     */
    Caller authenticate(HttpServletRequest request) throws Denied;

    /** The caller of a user name and password (console, MQTT), or 401. */
    Caller authenticate(String user, String password, String purpose) throws Denied;

    /**
     * The caller a user is whom the realm has already authenticated (the MQTT broker's clients),
     * from the user's realm roles.
     */
    Caller caller(String user, Set<String> realmRoles);

    /** The datasets the caller may read now, with the caller's declared purpose. */
    Readable readable(Caller caller);

    /** The classification of a dataset; an unknown dataset is {@link Classification#INTERNAL}. */
    Classification classification(DatasetRef dataset);

    /**
     * Whether everyone, also without login, may read the dataset's records as they are stored: open
     * data without a publication rule for counts (counts with a rule reach outsiders only through
     * {@link #publishedCount}). Decides who receives notifications and what the open-data catalog lists.
     */
    boolean readableByEveryone(DatasetRef dataset);

    /**
     * A count as the dataset's publication rule allows it to be shown: empty when it is suppressed
     * (below k), rounded to the configured base, or unchanged.
     */
    OptionalLong publishedCount(DatasetRef dataset, long count);

    /**
     * Records a read of a dataset in the audit log (only internal and personal datasets are
     * recorded): who, which purpose, what. The dataset name {@code *} stands for a read across the
     * tenant's data: recorded once, and once more for each personal dataset the caller may read.
     */
    void recordRead(Caller caller, DatasetRef dataset, String what);

    /** Records a refused access in the audit log. */
    void recordDenied(Caller caller, String what, String reason);
}
