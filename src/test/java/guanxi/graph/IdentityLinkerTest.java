package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
        Map<String, Object> link = IdentityLinker.verdict("张瑞士", "张瑞轩",
                new IdentityLinker.Evidence(false, List.of(), List.of("贺照庭")));
        assertThat(link).containsEntry("reason", "one character apart; appeared with 贺照庭").containsEntry("score", 0.45);

        assertThat(IdentityLinker.verdict("张瑞士", "张瑞轩", new IdentityLinker.Evidence(false, List.of("政府副县长"), List.of())))
                .containsEntry("reason", "one character apart; shared title 政府副县长").containsEntry("score", 0.7);
        assertThat(IdentityLinker.verdict("张瑞士", "张瑞轩",
                new IdentityLinker.Evidence(false, List.of(), List.of("甲", "乙", "丙", "丁", "戊", "己", "庚"))))
                .containsEntry("reason", "one character apart; appeared with 甲、乙、丙、丁、戊 and 2 more")
                .containsEntry("score", 0.75);

        assertThat(IdentityLinker.verdict("张瑞士", "张瑞轩",
                new IdentityLinker.Evidence(true, List.of("政府副县长"), List.of("贺照庭")))).isNull();
        assertThat(IdentityLinker.verdict("张瑞士", "张瑞轩", new IdentityLinker.Evidence(false, List.of(), List.of()))).isNull();
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
