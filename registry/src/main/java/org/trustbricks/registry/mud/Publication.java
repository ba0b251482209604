package org.trustbricks.registry.mud;

import java.time.Instant;

/**
 * The signed MUD file served at a model's MUD URL.
 *
 * @param manufacturerSlug   the manufacturer's URL segment
 * @param modelSlug          the model's URL segment
 * @param version            the published version number
 * @param content            the exact bytes served as {@code application/mud+json}
 * @param signature          the detached DER CMS signature over {@code content}
 * @param cacheValidityHours the file's {@code cache-validity}
 * @param publishedBy        who published it
 * @param publishedAt        when (the Last-Modified time)
 */
public record Publication(String manufacturerSlug, String modelSlug, int version, byte[] content, byte[] signature,
                          int cacheValidityHours, String publishedBy, Instant publishedAt) {

    /** The key of the publication in caches and change notifications: {@code manufacturer/model}. */
    public String key() {
        return manufacturerSlug + "/" + modelSlug;
    }
}
