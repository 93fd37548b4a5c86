package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** A与B举行X项目签约仪式: the other side is B, named before 举行; the project is what B signs for, not a side. */
class HeldSigningCeremonyRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> signed(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.relations(x).stream().filter(r -> r.startsWith("SIGNED ")).toList();
    }

    @Test
    void theSideNamedBeforeTheCeremony() {
        assertThat(signed("县人民政府与江西赣丰农业发展集团有限公司举行赣北绿色食品产业园项目签约仪式。"))
                .containsExactlyInAnyOrder("SIGNED 县人民政府->江西赣丰农业发展集团有限公司",
                        "SIGNED 江西赣丰农业发展集团有限公司->赣北绿色食品产业园项目");
        assertThat(signed("县文旅局与长沙星城文化传媒有限公司举行战略合作签约仪式。"))
                .containsExactly("SIGNED 县文旅局->长沙星城文化传媒有限公司");
        assertThat(signed("市自然资源局与宁波海川精工有限公司举行年产20万套汽车配件项目签约仪式。"))
                .containsExactlyInAnyOrder("SIGNED 市自然资源局->宁波海川精工有限公司",
                        "SIGNED 宁波海川精工有限公司->年产20万套汽车配件项目");
        // Near miss: a ceremony held by one side alone names no other side.
        assertThat(signed("江西赣丰农业发展集团有限公司举行新品发布会。")).isEmpty();
    }
}
