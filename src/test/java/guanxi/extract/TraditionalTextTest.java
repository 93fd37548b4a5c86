package guanxi.extract;

import guanxi.model.Evidence;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Page;
import guanxi.model.Relation;
import guanxi.model.Story;
import guanxi.nlp.Script;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page printed in traditional characters (a Taiwan or Hong Kong paper) is cut and read as well as the same page in
 * simplified characters, and everything comes out as printed: story text, headlines, bylines, names, titles and
 * evidence, with spans into the printed text. The simplified twin below is written out by hand, not converted.
 */
class TraditionalTextTest {

    private static final Pipeline PIPELINE = new Pipeline();

    private static final String TRADITIONAL = """
            鄭家豪率隊赴宏達精密機械考察

            本報訊（記者 陳曉嵐）3月12日，縣長鄭家豪率隊前往宏達精密機械有限公司考察，副縣長吳俊賢陪同。
            宏達精密機械有限公司董事長許文彬介紹，公司計劃投資5億元建設智慧倉儲物流園項目。


            嘉豐食品與青溪鎮簽訂合作協議

            本報訊 4月2日，嘉豐食品股份有限公司與青溪鎮人民政府簽訂冷鏈物流中心項目合作協議，項目總投資3.2億元。
            鎮黨委書記蘇韻華出席簽約儀式並致辭。
            """;

    private static final String SIMPLIFIED = """
            郑家豪率队赴宏达精密机械考察

            本报讯（记者 陈晓岚）3月12日，县长郑家豪率队前往宏达精密机械有限公司考察，副县长吴俊贤陪同。
            宏达精密机械有限公司董事长许文彬介绍，公司计划投资5亿元建设智慧仓储物流园项目。


            嘉丰食品与青溪镇签订合作协议

            本报讯 4月2日，嘉丰食品股份有限公司与青溪镇人民政府签订冷链物流中心项目合作协议，项目总投资3.2亿元。
            镇党委书记苏韵华出席签约仪式并致辞。
            """;

    @Test
    void aTraditionalPageIsReadLikeItsSimplifiedTwinAndReportedAsPrinted() {
        ExtractedPage printed = PIPELINE.process(new Page("tw.txt", TRADITIONAL));
        ExtractedPage twin = PIPELINE.process(new Page("cn.txt", SIMPLIFIED));

        assertThat(printed.extractions()).hasSize(2).hasSameSizeAs(twin.extractions());
        Extraction first = printed.extractions().get(0);
        assertThat(first.story().title()).isEqualTo("鄭家豪率隊赴宏達精密機械考察");
        assertThat(first.story().reporters()).containsExactly("陳曉嵐");
        assertThat(first.story().text()).startsWith("本報訊（記者 陳曉嵐）3月12日，縣長鄭家豪");
        assertThat(Show.persons(first)).containsExactly("陳曉嵐[]", "鄭家豪[縣長]", "吳俊賢[副縣長]",
                "許文彬[宏達精密機械有限公司董事長]");
        assertThat(Show.companies(first)).containsExactly("宏達精密機械有限公司=宏達精密機械");
        assertThat(Show.projects(first)).containsExactly("智慧倉儲物流園項目 500000000 null");
        assertThat(Show.relations(first)).contains("LED 鄭家豪", "ACCOMPANIED 吳俊賢->鄭家豪",
                "VISITED 鄭家豪->宏達精密機械有限公司", "EXECUTIVE_OF 許文彬->宏達精密機械有限公司 (董事長)");
        Extraction second = printed.extractions().get(1);
        assertThat(Show.persons(second)).contains("蘇韻華[鎮黨委書記]");
        assertThat(Show.projects(second)).anyMatch(p -> p.startsWith("冷鏈物流中心項目 320000000"));

        for (int i = 0; i < printed.extractions().size(); i++) {
            Extraction t = printed.extractions().get(i);
            Extraction s = twin.extractions().get(i);
            // Read through simplified eyes, the printed page gives exactly what its simplified twin gives.
            assertThat(simplified(Show.all(t))).isEqualTo(Show.all(s));
            assertThat(Show.relations(t).size()).isEqualTo(Show.relations(s).size()).isPositive();
            for (Evidence e : evidence(t)) {
                assertThat(e.text()).isEqualTo(e.sentence() < 0 ? t.story().title()
                        : t.story().sentences().get(e.sentence()).text());
                String source = e.sentence() < 0 ? t.story().title() : t.story().text();
                assertThat(source.substring(e.start(), e.end())).isEqualTo(spanOf(s, e));
            }
        }
    }

    @Test
    void spansPointAtThePrintedNames() {
        Extraction x = PIPELINE.process(new Page("tw.txt", TRADITIONAL)).extractions().get(0);
        for (var p : x.persons()) {
            for (Evidence e : p.mentions()) {
                String source = e.sentence() < 0 ? x.story().title() : x.story().text();
                assertThat(source.substring(e.start(), e.end())).isEqualTo(p.name());
            }
        }
    }

    @Test
    void aSimplifiedStoryIsReadAsItIs() {
        Story story = PIPELINE.process(new Page("cn.txt", SIMPLIFIED)).extractions().get(0).story();
        assertThat(PrintedForms.reading(story)).isSameAs(story);
    }

    /** The twin's text at the same span: the printed span, in simplified characters. */
    private static String spanOf(Extraction twin, Evidence e) {
        String source = e.sentence() < 0 ? twin.story().title() : twin.story().text();
        return toPrinted(source.substring(e.start(), e.end()));
    }

    private static String toPrinted(String simplified) {
        StringBuilder b = new StringBuilder();
        for (char c : simplified.toCharArray()) {
            int at = SIMPLIFIED.indexOf(c);
            b.append(at >= 0 ? TRADITIONAL.charAt(at) : c);
        }
        return b.toString();
    }

    private static String simplified(String printed) {
        StringBuilder b = new StringBuilder();
        for (char c : printed.toCharArray()) {
            int at = TRADITIONAL.indexOf(c);
            b.append(at >= 0 ? SIMPLIFIED.charAt(at) : c);
        }
        return b.toString();
    }

    private static List<Evidence> evidence(Extraction x) {
        List<Evidence> out = new ArrayList<>();
        x.persons().forEach(p -> out.addAll(p.mentions()));
        x.companies().forEach(c -> out.addAll(c.mentions()));
        x.projects().forEach(p -> out.addAll(p.mentions()));
        x.relations().stream().map(Relation::evidence).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    @Test
    void theReadingKeepsTheLengthEvenWhereHanLpWouldNot() {
        // 鷩 becomes a character outside the Basic Multilingual Plane (two chars): it stays, the rest converts.
        String printed = "縣長鷩";
        assertThat(Script.simplified(printed)).hasSameSizeAs(printed).isEqualTo("县长鷩");
        assertThat(Script.simplified("县长")).isSameAs("县长");
    }
}
