package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFamilyTest {

    private static StatedRange range(long low, long high) {
        return new StatedRange(low, high);
    }

    @Test
    void theLongestNameHeadsAndTakesTheAmountsOfTheNamesThatEndIt() {
        // 2.0 billion stated for the long name, 1.5 and 2.5 for the shorter one: 1.5 to 2.5 under the long name.
        ProjectFamily head = ProjectFamily.of("青岭县风电储能基地项目", range(2_000_000_000L, 2_000_000_000L),
                Map.of("风电储能基地项目", range(1_500_000_000L, 2_500_000_000L)));
        assertThat(head.head()).isTrue();
        assertThat(head.range()).isEqualTo(range(1_500_000_000L, 2_500_000_000L));
        assertThat(head.spread()).isEqualTo((2_500_000_000L - 1_500_000_000L) * 100.0 / 1_500_000_000L);

        ProjectFamily under = ProjectFamily.of("风电储能基地项目", range(1_500_000_000L, 2_500_000_000L),
                Map.of("青岭县风电储能基地项目", range(2_000_000_000L, 2_000_000_000L)));
        assertThat(under.head()).isFalse();
        assertThat(under.spread()).isNull();
        // Its own range stays its own: the longer name's amounts are not its.
        assertThat(under.range()).isEqualTo(range(1_500_000_000L, 2_500_000_000L));

        // As both loaders write them: a project under another keeps its range and no spread; none without amounts.
        Map<String, Object> underProps = new HashMap<>();
        underProps.put("family_low", 1_500_000_000L);
        underProps.put("family_high", 2_500_000_000L);
        underProps.put("family_spread", null);
        assertThat(ProjectFamily.properties(under)).isEqualTo(underProps);
        assertThat(ProjectFamily.properties(head)).containsEntry("family_spread", head.spread());
        assertThat(ProjectFamily.properties(null)).containsOnlyKeys("family_low", "family_high", "family_spread")
                .allSatisfy((k, v) -> assertThat(v).isNull());
    }

    @Test
    void aTrailingXiangmuIsIgnoredAndANeighbourWithoutAmountsCountsForNothing() {
        Map<String, StatedRange> neighbours = new HashMap<>();
        neighbours.put("青岭县风电储能基地", range(900_000_000L, 900_000_000L));
        neighbours.put("东川青岭县风电储能基地项目", null);
        // Same core with and without 项目: each takes the other's amounts, neither is longer, both head.
        ProjectFamily f = ProjectFamily.of("青岭县风电储能基地项目", range(1_000_000_000L, 1_000_000_000L), neighbours);
        assertThat(f.head()).isTrue();
        assertThat(f.range()).isEqualTo(range(900_000_000L, 1_000_000_000L));
    }

    @Test
    void aProjectWithoutNeighboursIsItsOwnFamily() {
        ProjectFamily f = ProjectFamily.of("白石湾污水处理厂", range(300_000_000L, 330_000_000L), Map.of());
        assertThat(f.head()).isTrue();
        assertThat(f.spread()).isEqualTo(range(300_000_000L, 330_000_000L).spread());
    }
}
