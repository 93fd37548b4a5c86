package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who took part, on invented sentences, second set: lecturers and speakers who give a talk or a report, and hosts
 * whose own words at a visit do not turn them into attendees.
 */
class ParticipantRulesTest2 {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aLecturerGivingATalkOrAReportAttends() {
        assertThat(Show.relations(extract("6月2日，丰源大学教授孔德华作专题讲座。"))).containsExactly("ATTENDED 孔德华");
        assertThat(Show.relations(extract("市委党校副校长邱立明为学员授课。"))).containsExactly("ATTENDED 邱立明");
        assertThat(Show.relations(extract("省社科院研究员严晓东作专题报告。"))).containsExactly("ATTENDED 严晓东");
        assertThat(Show.relations(extract("会上，县委书记韦国强作主旨报告，县长甘立新致欢迎辞。")))
                .containsExactly("ATTENDED 韦国强", "ATTENDED 甘立新");
        // Near miss: an escort who reports during the visit keeps his escort's role only.
        assertThat(Show.relations(extract("10月18日，省信访局局长卢明德一行到我县调研，县领导赵文涛、钱丽君陪同调研。"
                + "赵文涛、钱丽君分别作了汇报发言。")))
                .containsExactly("LED 卢明德", "ACCOMPANIED 赵文涛->卢明德", "ACCOMPANIED 钱丽君->卢明德");
    }
}
