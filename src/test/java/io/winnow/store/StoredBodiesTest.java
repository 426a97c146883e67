package io.winnow.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.CanonicalJson;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import org.junit.jupiter.api.Test;

import static io.winnow.store.StoreFixtures.CONTENT_MARKER;
import static io.winnow.store.StoreFixtures.T0;
import static io.winnow.store.StoreFixtures.alert;
import static io.winnow.store.StoreFixtures.alertWithText;
import static io.winnow.store.StoreFixtures.analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredBodiesTest {
    private final StoredBodies bodies = new StoredBodies();

    @Test
    void canonicalJsonRoundTripsAlertsAndAnalysesExactly() throws Exception {
        ObjectMapper mapper = CanonicalJson.newMapper();
        Alert alert = alert("a1", T0, "web-1");
        Analysis analysis = analysis(alert, Severity.HIGH, Verdict.NEEDS_INVESTIGATION, "T1555", "T1003.008");

        Alert alertBack = mapper.readValue(mapper.writeValueAsString(alert), Alert.class);
        Analysis analysisBack = mapper.readValue(mapper.writeValueAsString(analysis), Analysis.class);

        assertThat(alertBack).isEqualTo(alert);
        assertThat(alertBack.fields()).containsExactlyEntriesOf(alert.fields());
        assertThat(alertBack.receivedAt().getNano()).isEqualTo(123_456_789);
        assertThat(analysisBack).isEqualTo(analysis);
    }

    @Test
    void keepsLoneSurrogatesAndNulByEscapingThem() {
        Alert hostile = alertWithText("h1", T0, "h\u0000", "lone \uDC00 and \u0000 and \uD83D\uDE00");

        String body = bodies.write(hostile);

        assertThat(body.chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(bodies.readAlert("h1", body)).isEqualTo(hostile);
    }

    @Test
    void reportsAnUnreadableBodyByIdAndFieldWithoutItsContents() {
        String body = bodies.write(analysis(alert("a1", T0, null), Severity.LOW, Verdict.FALSE_POSITIVE))
                .replace("\"LOW\"", "\"" + CONTENT_MARKER + "\"");

        assertThatThrownBy(() -> bodies.readAnalysis("an-a1", body))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("an-a1")
                .hasMessageContaining("severity")
                .hasNoCause()
                .message().doesNotContain(CONTENT_MARKER);
    }
}
