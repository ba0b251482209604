package org.trustbricks.registry.cert;

import java.time.LocalDate;

/**
 * A registry search. Blank fields do not filter.
 *
 * @param text       words to find in product, vendor and SFR names (prefixes match)
 * @param level      exact level, e.g. SESIP3
 * @param status     ACTIVE, EXPIRED, TERMINATED or SUPERSEDED
 * @param cb         certification body name
 * @param lab        laboratory name
 * @param profile    profile id claimed
 * @param issuedFrom first issue date included
 * @param issuedTo   last issue date included
 * @param sort       newest (default), oldest, product, id or relevance
 * @param page       page number from 1
 * @param pageSize   results per page (1..100)
 */
public record SearchQuery(String text, String level, String status, String cb, String lab, String profile,
                          LocalDate issuedFrom, LocalDate issuedTo, String sort, int page, int pageSize) {

    /** Largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        level = level == null ? "" : level.strip();
        status = status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT);
        cb = cb == null ? "" : cb.strip();
        lab = lab == null ? "" : lab.strip();
        profile = profile == null ? "" : profile.strip();
        sort = sort == null || sort.isBlank() ? "newest" : sort.strip();
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? 20 : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** Everything, newest first. */
    public static SearchQuery all() {
        return new SearchQuery("", "", "", "", "", "", null, null, "newest", 1, 20);
    }
}
