package org.stadtkern.sensorthings.internal.query;

import java.util.List;

/**
 * The query options of a request, or of one level of $expand.
 *
 * @param filter $filter, or {@code null}
 * @param orderBy $orderby keys, possibly empty
 * @param top $top, or {@code null} for the server's page size
 * @param skip $skip (0 when absent)
 * @param count $count
 * @param select $select property and navigation names, empty for all
 * @param expand $expand items
 * @param dataArray whether $resultFormat=dataArray was asked for
 */
public record Query(Expr filter, List<OrderBy> orderBy, Integer top, int skip, boolean count, List<String> select,
        List<Expand> expand, boolean dataArray) {

    /** No options at all. */
    public static final Query NONE = new Query(null, List.of(), null, 0, false, List.of(), List.of(), false);

    /** One $expand item: a path of navigation properties and the options for its last step. */
    public record Expand(List<String> path, Query options) {
    }
}
