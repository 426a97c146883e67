package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a validated answer into a {@link Finding}. Values are taken as the model wrote them: technique IDs unchecked,
 * severity and verdict as free text, indicator values possibly masked. Grounding checks and normalises all of them.
 */
final class FindingReader {
    /** Where a technique claim made by a model comes from, as grounding and the analysis schema name it. */
    static final String SOURCE = "llm";

    Finding read(ObjectNode answer, String modelUsed, String sentText) {
        JsonNode fp = answer.get("false_positive");
        JsonNode mitigations = answer.get("mitigations");
        return new Finding(
                text(answer, "summary"),
                text(answer, "attack_vector"),
                techniques(answer.get("techniques")),
                text(answer, "severity"),
                text(answer, "verdict"),
                answer.get("confidence").asDouble(),
                text(answer, "threat_category"),
                new FalsePositive(fp.get("likelihood").asDouble(), texts(fp.get("common_causes"))),
                iocs(answer.get("iocs")),
                new Mitigations(texts(mitigations.get("immediate")), texts(mitigations.get("short_term")),
                        texts(mitigations.get("long_term"))),
                texts(answer.get("next_steps")),
                text(answer, "reasoning"),
                modelUsed,
                List.of(),
                null,
                sentText);
    }

    private static List<Finding.Claim> techniques(JsonNode array) {
        List<Finding.Claim> claims = new ArrayList<>();
        array.forEach(item -> claims.add(new Finding.Claim(item.get("id").asText().strip(), SOURCE)));
        return claims;
    }

    private static List<Finding.IocClaim> iocs(JsonNode array) {
        List<Finding.IocClaim> claims = new ArrayList<>();
        array.forEach(item -> claims.add(new Finding.IocClaim(text(item, "type"), item.get("value").asText(),
                text(item, "context"))));
        return claims;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText().strip();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            if (!item.asText().isBlank()) {
                values.add(item.asText().strip());
            }
        });
        return values;
    }
}
