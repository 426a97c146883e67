package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.IdGenerator;
import io.winnow.alert.SourceFormat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The front door for alerts: takes one input in any supported format and returns an {@link Alert}, or throws an
 * {@link AlertParseException} that lists every problem found. Thread-safe; build one and share it.
 *
 * <p>Auto-detection looks at a JSON object's field names, in this order: {@code raw_alert} → raw text; a
 * {@code rule} or {@code agent} object or a {@code decoder} → Wazuh {@code alerts.json}; {@code rule_description}
 * or {@code rule_level} → Wazuh triage schema; {@code output_fields}, or {@code output} and {@code priority} with
 * {@code time}, {@code source} or {@code tags} → Falco; {@code rule} with {@code output} or {@code alert} → SIB.
 *
 * <p>Each accepted alert draws one ID from the {@link IdGenerator} and its {@code receivedAt} from the
 * {@link Clock}; rejected input draws no ID.
 */
public final class Intake {
    private static final String UNRECOGNISED =
            "unrecognised alert format: expected Falco, Wazuh, SIB or {\"raw_alert\": …}";
    private static final String NOT_AN_OBJECT = "must be a JSON object";

    private final Clock clock;
    private final IdGenerator ids;
    private final LimitedJson json = new LimitedJson();
    private final RawTextParser raw = new RawTextParser();
    private final WazuhParser wazuh = new WazuhParser();
    private final FalcoParser falco = new FalcoParser();
    private final SibParser sib = new SibParser();
    /** Detection order: the first parser that recognises an object gets it. */
    private final List<AlertParser> detectionOrder = List.of(raw, wazuh, falco, sib);

    public Intake(Clock clock, IdGenerator ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Parses one input: a JSON document or, if it does not start with '{' after whitespace, a raw text line.
     *
     * @param forced the format to parse as, or null to detect it
     * @throws AlertParseException listing every problem when the input is not an acceptable alert
     */
    public Alert parse(String input, SourceFormat forced) throws AlertParseException {
        String text = input == null ? "" : stripBom(input);
        if (text.isBlank()) {
            throw new AlertParseException("$", "empty input");
        }
        if (!looksLikeJsonObject(text)) {
            return parseLine(text, forced);
        }
        return parse(json.read(text), forced);
    }

    /** Same from bytes, decoded strictly as UTF-8: malformed bytes are an error, never replaced. */
    public Alert parse(byte[] input, SourceFormat forced) {
        return parse(decodeUtf8(input), forced);
    }

    /**
     * One already-parsed JSON value, such as an element of a batch. A JSON string is taken as a raw line; anything
     * else but an object is an error.
     */
    public Alert parse(JsonNode node, SourceFormat forced) {
        return switch (node) {
            case ObjectNode object -> parserFor(object, forced).parse(object, context());
            case JsonNode n when n.isTextual() -> parseLine(n.textValue(), forced);
            case null, default -> throw new AlertParseException("$", NOT_AN_OBJECT);
        };
    }

    /**
     * Which format auto-detection picks for a JSON value; a JSON string is raw text.
     *
     * @throws AlertParseException when it is neither an object nor a string, or no format recognises the object
     */
    public SourceFormat detect(JsonNode node) {
        return switch (node) {
            case ObjectNode object -> detectParser(object).format();
            case JsonNode n when n.isTextual() -> SourceFormat.RAW;
            case null, default -> throw new AlertParseException("$", NOT_AN_OBJECT);
        };
    }

    /**
     * Parses text as a raw line even when it looks like JSON, for callers that know it is a log line (the CLI's
     * {@code --format raw} on a file of mixed lines).
     */
    public Alert parseRawLine(String line) {
        return raw.parseLine(line == null ? "" : stripBom(line), "line", context());
    }

    /**
     * Reads a JSON document of any type (an object, or an array for a batch) under the same limits as
     * {@link #parse(String, SourceFormat)}: nesting depth, string length, no duplicate keys.
     *
     * @throws AlertParseException with a {@code $} error for malformed or oversized JSON
     */
    public JsonNode readJson(String document) {
        String text = document == null ? "" : stripBom(document);
        if (text.isBlank()) {
            throw new AlertParseException("$", "empty input");
        }
        return json.read(text);
    }

    /** {@link #readJson(String)} from bytes, decoded strictly as UTF-8 first (a request body, say). */
    public JsonNode readJson(byte[] document) {
        return readJson(decodeUtf8(document));
    }

    private Alert parseLine(String line, SourceFormat forced) {
        if (forced != null && forced != SourceFormat.RAW) {
            throw new AlertParseException("$", NOT_AN_OBJECT);
        }
        return raw.parseLine(line, "line", context());
    }

    private AlertParser parserFor(ObjectNode object, SourceFormat forced) {
        if (forced == null) {
            return detectParser(object);
        }
        return switch (forced) {
            case RAW -> raw;
            case WAZUH -> wazuh;
            case FALCO -> falco;
            case SIB -> sib;
        };
    }

    private AlertParser detectParser(ObjectNode object) {
        for (AlertParser parser : detectionOrder) {
            if (parser.recognises(object)) {
                return parser;
            }
        }
        throw new AlertParseException("$", UNRECOGNISED);
    }

    private ParseContext context() {
        return new ParseContext(clock.instant(), clock.getZone(), ids);
    }

    private static boolean looksLikeJsonObject(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decodeUtf8(byte[] input) {
        if (input == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AlertParseException("$", "invalid UTF-8");
        }
    }
}
