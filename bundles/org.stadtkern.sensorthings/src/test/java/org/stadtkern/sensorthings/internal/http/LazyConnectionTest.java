package org.stadtkern.sensorthings.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;
import org.stadtkern.sensorthings.internal.store.TestSchema;

/** A request's connection is taken from the pool only when used and given back on release. */
class LazyConnectionTest {

    private final AtomicInteger open = new AtomicInteger();

    @Test
    void takesAConnectionOnlyWhenUsedAndGivesItBackEarly() throws Exception {
        SensorThingsDatabase database = new SensorThingsDatabase(Jdbc.on(counting(TestSchema.dataSource())));
        assertEquals(0, open.get());
        try (Connection lazy = LazyConnection.of(database)) {
            assertEquals(0, open.get(), "nothing taken before the first use");
            query(lazy);
            assertEquals(1, open.get());
            LazyConnection.release(lazy);
            assertEquals(0, open.get(), "given back while the request waits");
            query(lazy);
            assertEquals(1, open.get(), "taken again when used again");
        }
        assertEquals(0, open.get(), "closing gives back what it holds");
        LazyConnection.release(LazyConnection.of(database));
        assertEquals(0, open.get());
    }

    private static void query(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select count(*) from sta_things");
        }
    }

    /** The data source, counting the connections open. */
    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (!"getConnection".equals(method.getName())) {
                        return result;
                    }
                    open.incrementAndGet();
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if ("close".equals(m.getName()) && !connection.isClosed()) {
                                    open.decrementAndGet();
                                }
                                return invoke(m, connection, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
