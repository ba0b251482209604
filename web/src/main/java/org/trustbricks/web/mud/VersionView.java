package org.trustbricks.web.mud;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.repair.RepairChange;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.web.Json;

/**
 * One version of a model's MUD file.
 *
 * @param manufacturer the manufacturer's URL segment
 * @param model        the model's URL segment
 * @param version      the number
 * @param origin       BUILDER, UPLOAD or REPAIRED_UPLOAD
 * @param valid        the strict verdict when stored
 * @param findings     findings when stored (warnings and information; stored versions have no errors)
 * @param changes      the changes the legacy repair or the URL adoption made
 * @param spec         the builder input, when made with the builder
 * @param createdBy    who stored it
 * @param createdAt    when
 * @param fileUrl      where to download the exact bytes
 */
public record VersionView(String manufacturer, String model, int version, String origin, boolean valid,
                          List<Finding> findings, List<RepairChange> changes, BuildRequest spec, String createdBy,
                          Instant createdAt, String fileUrl) {

    static final ObjectMapper READER = Json.mapper().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Refuses unknown fields, so a misspelt field in a request is reported instead of ignored. */
    static final ObjectMapper READER_STRICT = Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static VersionView of(MudVersion v) {
        return new VersionView(v.manufacturerSlug(), v.modelSlug(), v.version(), v.origin().name(), v.valid(),
                read(v.findingsJson(), new TypeReference<List<Finding>>() { }), read(v.changesJson(), new TypeReference<List<RepairChange>>() { }),
                spec(v), v.createdBy(), v.createdAt(), "/api/mud/manufacturers/" + v.manufacturerSlug() + "/models/"
                + v.modelSlug() + "/versions/" + v.version() + "/file");
    }

    static BuildRequest spec(MudVersion v) {
        if (v.spec() == null) {
            return null;
        }
        try {
            return READER.readValue(v.spec(), BuildRequest.class);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return json == null || json.isBlank() ? List.of() : READER.readValue(json, type);
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
