package io.winnow.alert;

import java.util.Locale;

/** The typed things a parser can recognise in an alert's structured fields. */
public enum EntityType {
    USER, PROCESS, COMMAND_LINE, PARENT_PROCESS, FILE,
    CONTAINER_ID, CONTAINER_IMAGE, K8S_NAMESPACE, K8S_POD,
    SOURCE_IP, SOURCE_PORT, DESTINATION_IP, DESTINATION_PORT, PROTOCOL,
    HOST, AGENT_IP, URL, EMAIL, HASH, REGISTRY_KEY, EVENT_ID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
