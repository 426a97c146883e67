package io.winnow.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;

/**
 * Parses one JSON object of a single source format into an {@link Alert}. Implementations are stateless and
 * thread-safe. {@link Intake} picks the parser, either the forced one or the first whose {@link #recognises} says yes.
 */
public interface AlertParser {
    /** The format this parser reads. */
    SourceFormat format();

    /** Whether auto-detection should hand this object to this parser. Cheap: looks at field names and types only. */
    boolean recognises(ObjectNode node);

    /**
     * Parses the object, reporting every problem found at once.
     *
     * @throws AlertParseException listing all field errors when the object is not a valid alert of this format
     */
    Alert parse(ObjectNode node, ParseContext context);
}
