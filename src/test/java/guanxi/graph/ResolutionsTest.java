package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionsTest {

    @Test
    void sameWritesTheSecondNameUnderTheFirstAndDifferentKeepsPairsApart() {
        Resolutions r = Resolutions.parse("# reviewed\n邱明浩\t邱明杰\tsame\n\n秦海雁\t秦海燕\tdifferent\n", "r.tsv");
        assertThat(r.canonical("邱明杰")).isEqualTo("邱明浩");
        assertThat(r.canonical("邱明浩")).isEqualTo("邱明浩");
        assertThat(r.canonical("陶然")).isEqualTo("陶然");
        assertThat(r.different()).containsExactly(List.of("秦海雁", "秦海燕"));
    }

    @Test
    void chainsResolveToTheirHead() {
        Resolutions r = Resolutions.parse("甲公司\t乙公司\tsame\n乙公司\t丙公司\tsame\n", "r.tsv");
        assertThat(r.canonical("丙公司")).isEqualTo("甲公司");
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> Resolutions.parse("邱明浩\t邱明杰\tsame\n邱明浩 邱明杰 same\n", "cypher/resolutions.tsv"))
                .hasMessageStartingWith("cypher/resolutions.tsv:2:");
        assertThatThrownBy(() -> Resolutions.parse("a\tb\tmaybe\n", "r.tsv")).hasMessageContaining("maybe");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstName() {
        Resolutions r = Resolutions.parse("\uFEFF周文斌\t周文彬\tsame\n", "r.tsv");
        assertThat(r.canonical("周文彬")).isEqualTo("周文斌");
        assertThat(r.same()).containsOnlyKeys("周文彬").containsValue("周文斌");
    }

    @Test
    void selfLinksCyclesAndTwoHeadsAreRefusedWithFileAndLine() {
        assertThatThrownBy(() -> Resolutions.parse("# x\n钱永安\t钱永安\tsame\n", "r.tsv"))
                .hasMessage("r.tsv:2: links 钱永安 to itself");
        assertThatThrownBy(() -> Resolutions.parse("甲公司\t乙公司\tsame\n乙公司\t甲公司\tsame\n", "r.tsv"))
                .hasMessageStartingWith("r.tsv:2: same lines form a cycle (甲公司 → 乙公司 → 甲公司)");
        assertThatThrownBy(() -> Resolutions.parse("甲\t乙\tsame\n乙\t丙\tsame\n丙\t甲\tsame\n", "r.tsv"))
                .hasMessageStartingWith("r.tsv:3: same lines form a cycle");
        assertThatThrownBy(() -> Resolutions.parse("甲公司\t乙公司\tsame\n丙公司\t乙公司\tsame\n", "r.tsv"))
                .hasMessage("r.tsv:2: 乙公司 is already written under 甲公司 (line 1)");
        // The same decision twice is not a conflict.
        assertThat(Resolutions.parse("甲公司\t乙公司\tsame\n甲公司\t乙公司\tsame\n", "r.tsv").canonical("乙公司")).isEqualTo("甲公司");
    }
}
