package io.winnow.analyst.llm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON object in a model's answer the way a patient reader would: inside a Markdown code fence, after or
 * before some prose or a reasoning model's {@code <think>} block, with trailing commas. What it cannot read it describes without quoting the answer, since the
 * answer may repeat alert text.
 */
final class LenientJson {
    /** Answers longer than this are refused unread; a triage answer is a few kilobytes. */
    static final int MAX_CHARS = 256 * 1024;

    /** Reasoning models served through OpenAI-compatible servers put their thinking before the answer. */
    private static final Pattern THINKING = Pattern.compile("(?is)<think>.*?(?:</think>|\\z)");
    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z0-9_-]*[ \\t]*\\R(.*?)(?:```|\\z)", Pattern.DOTALL);

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    LenientJson() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    /** The outcome of reading an answer. */
    sealed interface Result {
        /** An object was found. */
        record Found(ObjectNode object) implements Result {
        }

        /** Nothing usable; {@code problem} names what was wrong without quoting the answer. */
        record Unreadable(String problem) implements Result {
        }
    }

    Result read(String answer) {
        if (answer == null || answer.isBlank()) {
            return new Result.Unreadable("the answer is empty");
        }
        if (answer.length() > MAX_CHARS) {
            return new Result.Unreadable("the answer is longer than " + MAX_CHARS + " characters");
        }
        String candidate = objectText(fenced(THINKING.matcher(answer).replaceAll("")));
        if (candidate == null) {
            return new Result.Unreadable("the answer contains no JSON object");
        }
        try {
            JsonNode node = mapper.readTree(candidate);
            return node instanceof ObjectNode object
                    ? new Result.Found(object)
                    : new Result.Unreadable("the answer is not a JSON object");
        } catch (JsonProcessingException e) {
            return new Result.Unreadable(describe(e));
        }
    }

    /** The content of the first code fence holding an object, or the answer itself when there is none. */
    private static String fenced(String answer) {
        Matcher fence = FENCE.matcher(answer);
        while (fence.find()) {
            if (fence.group(1).indexOf('{') >= 0) {
                return fence.group(1);
            }
        }
        return answer;
    }

    /**
     * From the first '{' to the brace that closes it, skipping braces inside strings; the rest of the text when the
     * object never closes (a truncated answer), so that the parser reports where it ends.
     */
    static String objectText(String text) {
        int start = text.indexOf('{');
        if (start < 0) {
            return null;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(start, i + 1);
            }
        }
        return text.substring(start);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return "the JSON object is incomplete: the answer ends before it closes";
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0
                ? "the answer is not valid JSON"
                : "the answer is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
