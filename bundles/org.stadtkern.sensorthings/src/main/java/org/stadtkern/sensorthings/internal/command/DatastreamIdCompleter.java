package org.stadtkern.sensorthings.internal.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.console.IdCompleter;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

/** Completes the Datastream ids of the runtime's tenant ({@code sta:latest <TAB>}), newest first. */
@Service
public class DatastreamIdCompleter extends IdCompleter {

    @Reference
    SensorThingsDatabase database;

    @Reference
    Tenancy tenancy;

    @Override
    protected Collection<String> ids() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select id from sta_datastreams "
                        + "where tenant = ? order by id desc fetch first 500 rows only")) {
            select.setString(1, tenancy.defaultTenant());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(String.valueOf(rows.getLong(1)));
                }
            }
        }
        return ids;
    }
}
