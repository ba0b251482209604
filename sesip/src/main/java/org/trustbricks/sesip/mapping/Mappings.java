package org.trustbricks.sesip.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The SESIP mappings of every regulation, loaded once from resource data. */
public final class Mappings {

    private static final Map<Regulation, RegulationMapping> ALL = load();

    private Mappings() {
    }

    /** The mapping of a regulation. */
    public static RegulationMapping of(Regulation regulation) {
        return ALL.get(regulation);
    }

    private static Map<Regulation, RegulationMapping> load() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<Regulation, RegulationMapping> map = new EnumMap<>(Regulation.class);
        for (Regulation r : Regulation.values()) {
            String file = "/org/trustbricks/sesip/mapping/" + r.id() + ".yaml";
            try (InputStream in = Mappings.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("mapping resource missing: " + file);
                }
                map.put(r, mapper.readValue(in, RegulationMapping.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }
}
