package org.trustbricks.registry.cert;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items    the certificates on this page
 * @param total    how many match in all
 * @param page     this page, from 1
 * @param pageSize results per page
 */
public record SearchResult(List<Certificate> items, long total, int page, int pageSize) {

    /** Number of pages. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
