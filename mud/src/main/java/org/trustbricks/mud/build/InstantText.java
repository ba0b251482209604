package org.trustbricks.mud.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads an RFC 3339 time (with Z or an offset) into an Instant, so specs deserialise without extra Jackson modules. */
final class InstantText extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    InstantText() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String text = p.getValueAsString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return (Instant) ctx.handleWeirdStringValue(Instant.class, text, "expected an RFC 3339 time such as 2026-11-21T12:00:00Z");
        }
    }
}
