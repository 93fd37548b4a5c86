package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityLinkerTest {

    private final IdentityLinker linker = new IdentityLinker(Resolutions.parse("薛云涛\t薛云海\tdifferent\n", "t"));

    @Test
    void candidatePeopleAreEqualLengthNamesOneCharacterApartWithATouchedSide() {
        List<String> all = List.of("张瑞士", "张瑞轩", "李强", "王强", "李翔", "李晓军", "薛云海", "薛云涛", "解芳");
        assertThat(linker.personPairs(all, List.of("张瑞士", "李强", "薛云海")))
                .containsExactlyInAnyOrder(List.of("张瑞士", "张瑞轩"), List.of("李强", "王强"), List.of("李强", "李翔"));
        assertThat(linker.personPairs(all, List.of("解芳"))).isEmpty();
    }

    @Test
    void aPairIsLinkedOnASharedTitleOrCompanionButNeverWhenOneStoryNamesBoth() {
        var a = new IdentityLinker.Context(Set.of("开发区管委会副主任"), Set.of("贺照庭", "马辉"), Set.of("贺照庭", "马辉"));
        var b = new IdentityLinker.Context(Set.of("政府副县长"), Set.of("贺照庭", "解芳"), Set.of("贺照庭", "解芳"));
        Map<String, Object> link = IdentityLinker.verdict("张瑞士", a, "张瑞轩", b);
        assertThat(link).containsEntry("reason", "one character apart; appeared with 贺照庭").containsEntry("score", 0.45);

        var titled = new IdentityLinker.Context(Set.of("政府副县长"), Set.of(), Set.of());
        assertThat(IdentityLinker.verdict("张瑞士", titled, "张瑞轩", b)).containsEntry("score", 0.7);

        var together = new IdentityLinker.Context(Set.of("政府副县长"), Set.of("贺照庭"), Set.of("贺照庭", "张瑞轩"));
        assertThat(IdentityLinker.verdict("张瑞士", together, "张瑞轩", b)).isNull();
        var stranger = new IdentityLinker.Context(Set.of(), Set.of("王戈"), Set.of("王戈"));
        assertThat(IdentityLinker.verdict("张瑞士", stranger, "张瑞轩", b)).isNull();
    }

    @Test
    void companiesSharingAPrintedFormAndProjectsEndingWithAnotherArePaired() {
        Map<String, List<String>> forms = Map.of(
                "红星美凯龙家具股份有限公司", List.of("红星美凯龙集团", "红星美凯龙"),
                "红星美凯龙集团", List.of(),
                "中信旅游集团", List.of());
        assertThat(linker.companyPairs(forms, List.of("红星美凯龙集团")))
                .extracting(m -> m.get("a") + "/" + m.get("b")).containsExactly("红星美凯龙家具股份有限公司/红星美凯龙集团");
        assertThat(linker.projectPairs(List.of("绛县抽水蓄能电站项目", "抽水蓄能电站项目", "产业园项目", "新区产业园项目"),
                List.of("抽水蓄能电站项目", "产业园项目")))
                .extracting(m -> m.get("a") + "/" + m.get("b")).containsExactly("抽水蓄能电站项目/绛县抽水蓄能电站项目");
    }
}
