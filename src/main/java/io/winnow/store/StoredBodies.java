package io.winnow.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.CanonicalJson;

/**
 * Turns alerts and analyses into the canonical JSON kept in the {@code body} columns, and back.
 *
 * <p>Non-ASCII characters are written as {@code \\uXXXX} escapes. The JSON means the same, but a lone surrogate from
 * hostile input then survives the trip through the database, whose UTF-8 encoder would otherwise replace it.
 */
final class StoredBodies {
    private final ObjectWriter writer;
    private final ObjectReader alertReader;
    private final ObjectReader analysisReader;

    StoredBodies() {
        ObjectMapper mapper = CanonicalJson.newMapper();
        this.writer = mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
        this.alertReader = mapper.readerFor(Alert.class);
        this.analysisReader = mapper.readerFor(Analysis.class);
    }

    String write(Alert alert) {
        return write("alert " + alert.id(), (Object) alert);
    }

    String write(Analysis analysis) {
        return write("analysis " + analysis.id(), (Object) analysis);
    }

    Alert readAlert(String id, String body) {
        return read("alert " + id, alertReader, body);
    }

    Analysis readAnalysis(String id, String body) {
        return read("analysis " + id, analysisReader, body);
    }

    private String write(String what, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new StoreException("could not serialise " + what + " (" + where(e) + ")", false);
        }
    }

    private <T> T read(String what, ObjectReader reader, String body) {
        try {
            return reader.readValue(body);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // Jackson's messages quote the offending values, which come from alerts: keep only the path.
            throw new StoreException("stored " + what + " is not readable (" + where(e) + ")", false);
        }
    }

    private static String where(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e instanceof JsonMappingException m ? kind + " at " + m.getPathReference() : kind;
    }
}
