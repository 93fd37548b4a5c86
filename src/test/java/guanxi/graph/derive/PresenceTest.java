package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceTest {

    @Test
    void leadingPresidingAttendingOrAccompanyingIsPresence() {
        assertThat(Presence.present(List.of("LED", "VISITED"), List.of())).isTrue();
        assertThat(Presence.present(List.of("PRESIDED"), List.of())).isTrue();
        assertThat(Presence.present(List.of("ATTENDED", "EXECUTIVE_OF"), List.of())).isTrue();
        assertThat(Presence.present(List.of("ACCOMPANIED"), List.of())).isTrue();
    }

    @Test
    void theOneAccompaniedIsPresentToo() {
        assertThat(Presence.present(List.of(), List.of("ACCOMPANIED"))).isTrue();
    }

    @Test
    void beingVisitedMetOrNamedIsNotPresence() {
        // A company chairman met in the county is a counterpart, not one of the officials at the event.
        assertThat(Presence.present(List.of("SIGNED"), List.of("MET"))).isFalse();
        assertThat(Presence.present(List.of(), List.of("VISITED", "EXECUTIVE_OF"))).isFalse();
        assertThat(Presence.present(List.of(), List.of())).isFalse();
    }
}
