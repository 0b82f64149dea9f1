package org.stadtkern.sensorthings.internal.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

/**
 * A request's connection, taken from the pool when the request first uses it and given back early with
 * {@link #release} where the request then waits for something that itself needs a connection: a create
 * of an Observation waits for the group commit, whose writer takes a connection from the same pool, and
 * its notification may look up the Datastream's audience. Holding the request's connection through that
 * wait let 32 concurrent creates take every connection of the pool and starve the writer they waited
 * for (a few Observations a second, the rest timing out). Used again after a release, it takes a new
 * connection. Closing it gives back whatever it holds.
 */
final class LazyConnection implements InvocationHandler {

    private final SensorThingsDatabase database;
    private Connection open;

    private LazyConnection(SensorThingsDatabase database) {
        this.database = database;
    }

    /** A connection of the database that takes one from the pool only when used. */
    static Connection of(SensorThingsDatabase database) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new LazyConnection(database));
    }

    /**
     * Gives the pool connection back now, if the connection is a lazy one and holds one; call it only
     * outside a transaction.
     */
    static void release(Connection connection) throws SQLException {
        if (Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof LazyConnection lazy) {
            lazy.giveBack();
        }
    }

    private void giveBack() throws SQLException {
        if (open != null) {
            Connection held = open;
            open = null;
            held.close();
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close":
                giveBack();
                return null;
            case "isClosed":
                return false;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "LazyConnection[" + open + "]";
            default:
                if (open == null) {
                    open = database.connection();
                }
                try {
                    return method.invoke(open, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
        }
    }
}
