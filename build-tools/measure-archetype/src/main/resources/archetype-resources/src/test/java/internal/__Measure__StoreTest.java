package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.measure.Jdbc;

/** The store on a real H2 with the measure's own schema script: tenants apart, the limit kept. */
class ${Measure}StoreTest {

    private ${Measure}Store store;

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:${measure}" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("runscript from 'classpath:/db/${measure}/V1.sql'");
        }
        store = new ${Measure}Store(Jdbc.on(h2), config(2));
    }

    @Test
    void eachTenantSeesItsOwnItems() throws Exception {
        Item stored = store.add("oberhausen", new Item.New("first", null));
        store.add("bottrop", new Item.New("other", "elsewhere"));
        List<Item> items = store.items("oberhausen");
        assertEquals(List.of(stored), items);
        assertEquals("other", store.items("bottrop").get(0).name());
    }

    @Test
    void theLimitPerTenantIsKept() throws Exception {
        store.add("oberhausen", new Item.New("one", null));
        store.add("oberhausen", new Item.New("two", null));
        assertThrows(IllegalStateException.class, () -> store.add("oberhausen", new Item.New("three", null)));
        assertEquals(2, store.items("oberhausen").size());
    }

    @Test
    void itemsWithoutNameOrTooLongAreRefused() {
        assertEquals("name is required.", new Item.New(" ", null).problem());
        assertEquals("", new Item.New("ok", "fine").problem());
        assertEquals(false, new Item.New("x".repeat(201), null).problem().isEmpty());
    }

    private static ${Measure}Config config(int maxItems) {
        return new ${Measure}Config() {
            @Override
            public int items_max() {
                return maxItems;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ${Measure}Config.class;
            }
        };
    }
}
