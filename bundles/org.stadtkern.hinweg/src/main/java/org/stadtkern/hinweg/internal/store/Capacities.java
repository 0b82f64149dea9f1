package org.stadtkern.hinweg.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.stadtkern.hinweg.internal.load.Capacity;

/** A capacity in the four columns seated, standing, wheelchair, bicycles. */
final class Capacities {

    private Capacities() {
    }

    static void bind(PreparedStatement statement, int index, Capacity capacity) throws SQLException {
        statement.setInt(index, capacity.seated());
        statement.setInt(index + 1, capacity.standing());
        statement.setInt(index + 2, capacity.wheelchair());
        statement.setInt(index + 3, capacity.bicycles());
    }

    /** From the first four columns of the row. */
    static Capacity read(ResultSet row) throws SQLException {
        return new Capacity(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4));
    }
}
