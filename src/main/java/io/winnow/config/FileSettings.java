package io.winnow.config;

import java.util.Map;

/**
 * Turns a parsed {@code winnow.yaml} into settings, refusing keys that are not in the table at any depth and
 * values of the wrong shape (a mapping where a value belongs, a value where a section belongs).
 */
final class FileSettings {
    private final String fileName;
    private final Map<ConfigKey, Setting> settings;
    private final Problems problems;

    FileSettings(String fileName, Map<ConfigKey, Setting> settings, Problems problems) {
        this.fileName = fileName;
        this.settings = settings;
        this.problems = problems;
    }

    void addAll(YamlNode.Mapping root) {
        addMapping("", root);
    }

    private void addMapping(String prefix, YamlNode.Mapping mapping) {
        mapping.entries().forEach((name, node) -> add(prefix + name, name, node));
    }

    private void add(String path, String name, YamlNode node) {
        String where = "in " + fileName + " line " + node.line();
        if (name.contains(".")) {
            problems.add(Problems.clean(path) + ": unknown key " + where + "; write keys nested, one level per part, not with dots");
        } else if (ConfigKeys.byName(path).isPresent()) {
            addValue(ConfigKeys.byName(path).get(), node, where);
        } else if (ConfigKeys.isSection(path)) {
            addSection(path, node, where);
        } else {
            problems.add(Problems.clean(path) + ": unknown key " + where
                    + NearestName.to(path, ConfigKeys.namesAndSections()).map(n -> " (did you mean " + n + "?)").orElse(""));
        }
    }

    private void addValue(ConfigKey key, YamlNode node, String where) {
        boolean unset = node instanceof YamlNode.Scalar scalar && scalar.isNull();
        if (!unset) {
            settings.put(key, new Setting.FromYaml(node, where));
        }
    }

    private void addSection(String path, YamlNode node, String where) {
        switch (node) {
            case YamlNode.Mapping mapping -> addMapping(path + ".", mapping);
            case YamlNode.Scalar scalar when scalar.isNull() -> { }
            default -> problems.add(path + ": expected a mapping of " + path + ".* keys, got " + node.kind() + " (" + where + ")");
        }
    }
}
