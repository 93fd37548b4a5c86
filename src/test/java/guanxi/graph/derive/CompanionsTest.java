package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompanionsTest {

    @Test
    void bylinesShareStoriesButAreNoCompanions() {
        Companions c = Companions.of("龚晓川", List.of(
                List.of(new Companions.Named("龚晓川", false), new Companions.Named("贾秋原", false),
                        new Companions.Named("温若", true)),
                List.of(new Companions.Named("龚晓川", false), new Companions.Named("贾秋原", false),
                        new Companions.Named("邱一鸣", false))));
        assertThat(c.together()).containsExactlyInAnyOrder("贾秋原", "温若", "邱一鸣");
        assertThat(c.companions()).containsExactlyInAnyOrder("贾秋原", "邱一鸣");
    }

    @Test
    void aPersonAloneHasNone() {
        Companions c = Companions.of("龚晓川", List.of(List.of(new Companions.Named("龚晓川", false))));
        assertThat(c.together()).isEmpty();
        assertThat(c.companions()).isEmpty();
    }
}
