package org.trustbricks.web.mud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.repair.RepairChange;
import org.trustbricks.web.Json;

/** Points an uploaded MUD file at the MUD URL and signature URL it will be served at, listing what changed. */
final class UrlAdoption {

    private static final UntrustedJson READER = UntrustedJson.withLimits(MudValidator.MAX_BYTES, MudValidator.MAX_DEPTH);

    record Result(byte[] content, List<RepairChange> changes) {
    }

    private UrlAdoption() {
    }

    /** The file with {@code mud-url} and {@code mud-signature} set; unchanged (no changes) when it is not a MUD object. */
    static Result adopt(byte[] content, String mudUrl, String signatureUrl) {
        JsonNode root;
        try {
            root = READER.read(content);
        } catch (MalformedInputException e) {
            return new Result(content, List.of());
        }
        if (!(root.get("ietf-mud:mud") instanceof ObjectNode mud)) {
            return new Result(content, List.of());
        }
        List<RepairChange> changes = new ArrayList<>();
        set(mud, "mud-url", mudUrl, changes);
        set(mud, "mud-signature", signatureUrl, changes);
        if (changes.isEmpty()) {
            return new Result(content, List.of());
        }
        try {
            return new Result(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root), changes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void set(ObjectNode mud, String field, String value, List<RepairChange> changes) {
        JsonNode old = mud.get(field);
        if (old == null || !old.isTextual() || !old.asText().equals(value)) {
            changes.add(new RepairChange("/ietf-mud:mud/" + field, (old == null ? "added" : "changed " + old)
                    + " → \"" + value + "\" (where this service serves it)"));
            mud.put(field, value);
        }
    }
}
