package guanxi.page;

import guanxi.model.Page;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one surname list: bylines read names under less common surnames, single and compound. */
class SurnamesTest {
    private final Bylines bylines = new Bylines(PageWords.get());

    @Test
    void bylineNamesUnderSurnamesOnceMissingFromThePageList() {
        assertThat(bylines.names("（记者 傅强）")).containsExactly("傅强");
        assertThat(bylines.names("记者 洪晓岚 凤文博")).containsExactly("洪晓岚", "凤文博");
        assertThat(bylines.names("通讯员 欧阳明远")).containsExactly("欧阳明远");
    }

    @Test
    void aLineOfWordsIsNoByline() {
        assertThat(bylines.names("项目建设 提速增效")).isEmpty();
    }

    @Test
    void singleAndCompoundSurnamesAreKeptApart() {
        assertThat(Surnames.single()).contains("傅", "洪", "凤", "王").doesNotContain("欧阳");
        assertThat(Surnames.compound()).contains("欧阳", "司马").allMatch(s -> s.length() == 2);
    }

    @Test
    void leadCreditAndClosingBylineWithTheseSurnamesBecomeReporters() {
        Story s = new PageReader().read(new Page("t.txt", """
                新区物流园开园

                本报讯（记者 傅强）6月2日，新区物流园正式开园，首批入驻企业十二家。

                洪晓岚
                """)).stories().getFirst();
        assertThat(s.reporters()).isEqualTo(List.of("傅强", "洪晓岚"));
    }
}
