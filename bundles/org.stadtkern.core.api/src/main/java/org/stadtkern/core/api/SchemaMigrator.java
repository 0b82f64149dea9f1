package org.stadtkern.core.api;

import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates and migrates a module's tables in the core's database. A module keeps its scripts as
 * resources {@code db/<module>/V1.sql}, {@code V2.sql}, ... (statements separated by {@code ;} at
 * line end); each script runs once, in its own transaction, in version order.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Applies the module's scripts not applied yet.
     *
     * @param module the module id, e.g. {@code platform}
     * @param scripts class loader that sees the scripts (the module's own)
     * @return the schema version after migration
     */
    int migrate(String module, ClassLoader scripts) throws SQLException;
}
