package org.trustbricks.registry.cert;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items    the certificates on this page
 * @param total    how many match in all when {@code exact}; otherwise at least this many (counting stops a few pages
 *                 past the current one)
 * @param exact    whether {@code total} is the exact number of matches
 * @param page     this page, from 1
 * @param pageSize results per page
 */
public record SearchResult(List<Certificate> items, long total, boolean exact, int page, int pageSize) {

    /** Number of pages (known so far when the total is not exact). */
    @com.fasterxml.jackson.annotation.JsonProperty
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
