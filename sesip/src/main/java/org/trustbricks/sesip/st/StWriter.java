package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** Writes a Security Target as YAML or JSON in the published format. */
public final class StWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private StWriter() {
    }

    /** The ST as YAML. */
    public static String yaml(SecurityTarget st) {
        return write(YAML, st);
    }

    /** The ST as indented JSON. */
    public static String json(SecurityTarget st) {
        return write(JSON, st);
    }

    private static String write(ObjectMapper mapper, SecurityTarget st) {
        try {
            return mapper.writeValueAsString(st);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Security Target record could not be serialised", e);
        }
    }
}
