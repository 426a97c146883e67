package io.winnow.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param items  this page, in order
 * @param total  how many match in all
 * @param limit  the page size asked for
 * @param offset the rows skipped
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
    public Page {
        items = List.copyOf(items);
    }
}
