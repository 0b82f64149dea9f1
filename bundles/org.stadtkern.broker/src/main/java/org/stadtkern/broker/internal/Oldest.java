package org.stadtkern.broker.internal;

import java.util.Map;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.filter.Filter;
import org.apache.activemq.artemis.selector.filter.Filterable;

/**
 * Matches the first {@code count} messages it is asked about: a queue iterates its messages oldest
 * first (those in memory, then those paged), so deleting what it matches drops the oldest.
 */
final class Oldest implements Filter {

    private final long count;
    private long matched;

    Oldest(long count) {
        this.count = count;
    }

    @Override
    public boolean match(Message message) {
        return next();
    }

    @Override
    public boolean match(Map<String, String> map) {
        return next();
    }

    @Override
    public boolean match(Filterable filterable) {
        return next();
    }

    private boolean next() {
        if (matched >= count) {
            return false;
        }
        matched++;
        return true;
    }

    @Override
    public SimpleString getFilterString() {
        return SimpleString.of("the oldest " + count);
    }
}
