package io.winnow.alert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of Winnow's records: snake_case names, ISO-8601 instants, enums by name, nulls kept.
 {@link IocType} is written in its lower-case wire name. The API, the CLI's {@code --json} and the store all
 * use it, so that what is stored is what is served.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** A new, fully configured mapper. Mappers are thread-safe once built: make one and share it. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .build();
    }
}
