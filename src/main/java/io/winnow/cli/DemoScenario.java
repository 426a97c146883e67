package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled demo: one intrusion told as a sequence of real-format events, with benign noise mixed in. */
record DemoScenario(List<Step> steps) {

    /**
     * One event of the story.
     *
     * @param narration what is happening, in a few words
     * @param event     the event exactly as its source would send it (JSON text)
     * @param benign    whether the event is noise that should come out as a false positive
     */
    record Step(String narration, String event, boolean benign) {
    }

    static DemoScenario bundled() {
        ObjectMapper json = new ObjectMapper();
        List<Step> steps = new ArrayList<>();
        try (InputStream in = DemoScenario.class.getResourceAsStream("/demo/scenario.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("demo scenario missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                steps.add(new Step(node.path("step").asText(), json.writeValueAsString(node.get("event")),
                        node.path("benign").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo scenario", e);
        }
        return new DemoScenario(List.copyOf(steps));
    }
}
