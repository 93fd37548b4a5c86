package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionsTest {

    @Test
    void sameWritesTheSecondNameUnderTheFirstAndDifferentKeepsPairsApart() {
        Resolutions r = Resolutions.parse("# reviewed\n张瑞轩\t张瑞士\tsame\n\n薛云涛\t薛云海\tdifferent\n", "r.tsv");
        assertThat(r.canonical("张瑞士")).isEqualTo("张瑞轩");
        assertThat(r.canonical("张瑞轩")).isEqualTo("张瑞轩");
        assertThat(r.canonical("解芳")).isEqualTo("解芳");
        assertThat(r.different()).containsExactly(List.of("薛云涛", "薛云海"));
    }

    @Test
    void chainsResolveToTheirHead() {
        Resolutions r = Resolutions.parse("甲公司\t乙公司\tsame\n乙公司\t丙公司\tsame\n", "r.tsv");
        assertThat(r.canonical("丙公司")).isEqualTo("甲公司");
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> Resolutions.parse("张瑞轩\t张瑞士\tsame\n张瑞轩 张瑞士 same\n", "cypher/resolutions.tsv"))
                .hasMessageStartingWith("cypher/resolutions.tsv:2:");
        assertThatThrownBy(() -> Resolutions.parse("a\tb\tmaybe\n", "r.tsv")).hasMessageContaining("maybe");
    }
}
