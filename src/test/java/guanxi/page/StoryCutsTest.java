package guanxi.page;

import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.StoryCut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every story says why it starts where it does (shown by extract --explain). */
class StoryCutsTest {
    private final PageReader reader = new PageReader();

    @Test
    void eachStoryNamesTheEvidenceThatCutIt() {
        PageResult r = reader.read(new Page("t.txt", """
                城南小学扩建工程开工

                本报讯 5月8日，城南小学扩建工程开工，新增教室二十四间。

                赵小丽


                6月2日，新区物流园正式开园，首批入驻企业十二家。

                园区负责人介绍，二期工程将于年底动工。


                农技专家团下乡指导春耕

                6月5日，农技专家团走进五个乡镇，现场指导春耕生产。


                为做好防汛准备，6月9日，县水利局组织开展应急演练。
                """));
        assertThat(r.cuts()).extracting(StoryCut::line, StoryCut::title, StoryCut::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "城南小学扩建工程开工", "page-top"),
                org.assertj.core.groups.Tuple.tuple(8, "（无标题）", "after-byline+blank-lines:2+dated-opening"),
                org.assertj.core.groups.Tuple.tuple(13, "农技专家团下乡指导春耕", "blank-lines:2+headline+dated-opening"),
                org.assertj.core.groups.Tuple.tuple(18, "（无标题）", "blank-lines:2+lead-shape"));
        assertThat(r.cuts()).hasSameSizeAs(r.stories());
    }
}
