package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.EntityType;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Turns Falco {@code output_fields} into typed entities. Falco names socket ends two ways: client/server
 * ({@code fd.cip}, {@code fd.sip}), which map directly to source/destination, and local/remote ({@code fd.lip},
 * {@code fd.rip}), whose direction depends on the syscall: on {@code accept} the remote end is the client,
 * otherwise (connect, sendto …) the local end is.
 */
final class FalcoEntities {
    private static final Map<String, EntityType> DIRECT = Map.ofEntries(
            entry("user.name", EntityType.USER),
            entry("user.loginname", EntityType.USER),
            entry("ka.user.name", EntityType.USER),
            entry("ct.user", EntityType.USER),
            entry("proc.name", EntityType.PROCESS),
            entry("proc.cmdline", EntityType.COMMAND_LINE),
            entry("proc.pname", EntityType.PARENT_PROCESS),
            entry("proc.pcmdline", EntityType.PARENT_PROCESS),
            entry("k8s.ns.name", EntityType.K8S_NAMESPACE),
            entry("ka.target.namespace", EntityType.K8S_NAMESPACE),
            entry("k8s.pod.name", EntityType.K8S_POD),
            entry("fd.l4proto", EntityType.PROTOCOL),
            entry("fd.cip", EntityType.SOURCE_IP),
            entry("fd.cport", EntityType.SOURCE_PORT),
            entry("fd.sip", EntityType.DESTINATION_IP),
            entry("fd.sport", EntityType.DESTINATION_PORT),
            entry("ct.srcip", EntityType.SOURCE_IP));

    /** Fields that hold a file path when they hold a path at all; fd.name also holds socket tuples and pipes. */
    private static final Set<String> FILE_FIELDS = Set.of(
            "fd.name", "fd.nameraw", "fs.path.name", "fs.path.nameraw", "fs.path.source", "fs.path.target",
            "evt.arg.path", "evt.arg.pathname", "evt.arg.filename", "evt.arg.name", "evt.arg.oldpath",
            "evt.arg.newpath", "evt.arg.target", "evt.arg.linkpath");

    private static final Set<String> INBOUND_SYSCALLS = Set.of("accept", "accept4");

    private FalcoEntities() {
    }

    static void addTo(AlertDraft alert, ObjectNode outputFields) {
        String syscall = text(outputFields.get("evt.type"));
        boolean inbound = syscall != null && INBOUND_SYSCALLS.contains(syscall);
        for (Map.Entry<String, JsonNode> field : outputFields.properties()) {
            String name = field.getKey();
            String value = text(field.getValue());
            // container.id is "host" for events outside any container: that is not an ID.
            if (value == null || (name.equals("container.id") && value.strip().equals("host"))) {
                continue;
            }
            EntityType type = typeOf(name, inbound);
            if (type != null) {
                alert.entity(type, value, "output_fields." + name);
            }
        }
        addImage(alert, outputFields);
    }

    private static EntityType typeOf(String name, boolean inbound) {
        EntityType direct = DIRECT.get(name);
        if (direct != null) {
            return direct;
        }
        if (FILE_FIELDS.contains(name)) {
            return EntityType.FILE;
        }
        return switch (name) {
            case "container.id" -> EntityType.CONTAINER_ID;
            case "fd.lip" -> inbound ? EntityType.DESTINATION_IP : EntityType.SOURCE_IP;
            case "fd.lport" -> inbound ? EntityType.DESTINATION_PORT : EntityType.SOURCE_PORT;
            case "fd.rip" -> inbound ? EntityType.SOURCE_IP : EntityType.DESTINATION_IP;
            case "fd.rport" -> inbound ? EntityType.SOURCE_PORT : EntityType.DESTINATION_PORT;
            default -> null;
        };
    }

    /** Falco splits the image into repository and tag; older rules print the whole reference as container.image. */
    private static void addImage(AlertDraft alert, ObjectNode outputFields) {
        String repository = text(outputFields.get("container.image.repository"));
        String tag = text(outputFields.get("container.image.tag"));
        if (EntityValues.clean(EntityType.CONTAINER_IMAGE, repository) != null) {
            boolean tagged = EntityValues.clean(EntityType.CONTAINER_IMAGE, tag) != null;
            alert.entity(EntityType.CONTAINER_IMAGE, tagged ? repository.strip() + ":" + tag.strip() : repository,
                    "output_fields.container.image.repository");
        } else {
            alert.entity(EntityType.CONTAINER_IMAGE, text(outputFields.get("container.image")),
                    "output_fields.container.image");
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = Flattener.scalarText(node);
        return text == null || text.length() > IntakeLimits.MAX_STRING || text.indexOf('\0') >= 0 ? null : text;
    }
}
