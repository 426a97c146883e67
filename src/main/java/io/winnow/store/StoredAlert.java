package io.winnow.store;

import io.winnow.alert.Alert;

import java.util.Objects;

/**
 * An alert as the store holds it.
 *
 * @param alert         the alert
 * @param status        where it stands
 * @param failureReason why the last attempt failed, or null unless {@code status} is {@link AlertStatus#FAILED}
 * @param attempts      how many analysis attempts have failed so far
 * @param analysisId    the ID of its analysis, or null unless analysed
 */
public record StoredAlert(Alert alert, AlertStatus status, String failureReason, int attempts, String analysisId) {
    public StoredAlert {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(status, "status");
    }
}
