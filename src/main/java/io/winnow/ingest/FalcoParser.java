package io.winnow.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;

import java.util.List;
import java.util.Set;

/**
 * Falco events as Falco ({@code json_output: true}) and Falcosidekick emit them:
 * {@code time, rule, priority, output, output_fields{…}, hostname, source, tags} and Falcosidekick's {@code uuid}.
 * {@code output_fields} become typed entities (see {@link FalcoEntities}) and {@code output_fields.*} fields;
 * {@code tags} are kept and also read for ATT&CK hints.
 */
final class FalcoParser implements AlertParser {
    private static final String TAGS_ORIGIN = "falco.tags";

    @Override
    public SourceFormat format() {
        return SourceFormat.FALCO;
    }

    @Override
    public boolean recognises(ObjectNode node) {
        return node.has("output_fields")
                || (node.has("output") && node.has("priority")
                    && (node.has("time") || node.has("source") || node.has("tags")));
    }

    @Override
    public Alert parse(ObjectNode node, ParseContext context) {
        FieldReader in = new FieldReader();
        AlertDraft alert = new AlertDraft();
        alert.rule = in.requiredString(node, "", "rule");
        alert.message = in.requiredString(node, "", "output");
        alert.level = priority(in, node);
        alert.eventTime = in.optionalTime(node, "", "time", Timestamps::rfc3339, "must be RFC 3339 time");
        alert.host = in.optionalString(node, "", "hostname");
        alert.externalId = in.optionalString(node, "", "uuid");
        String source = in.optionalString(node, "", "source");
        alert.source = source == null ? "falco" : source;
        List<String> tags = in.stringList(node, "", "tags");
        alert.tags.addAll(tags);
        alert.hintsFromTags(tags, TAGS_ORIGIN);
        ObjectNode outputFields = in.optionalObject(node, "", "output_fields");
        if (outputFields != null) {
            new Flattener(in, alert.fields).flatten(outputFields, "output_fields", 2, Set.of());
            FalcoEntities.addTo(alert, outputFields);
        }
        in.throwIfAny();
        return alert.build(format(), context);
    }

    private static SourceLevel priority(FieldReader in, ObjectNode node) {
        String priority = in.optionalString(node, "", "priority");
        if (priority == null) {
            return null;
        }
        return Levels.falcoPriority(priority)
                .map(severity -> new SourceLevel("falco-priority", priority, severity))
                .orElseGet(() -> {
                    in.error("priority", "must be a Falco priority (" + Levels.FALCO_PRIORITIES + ")");
                    return null;
                });
    }
}
