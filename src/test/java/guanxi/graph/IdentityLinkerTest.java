package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityLinkerTest {

    private final IdentityLinker linker = new IdentityLinker(Resolutions.parse("秦海雁\t秦海燕\tdifferent\n", "t"));

    @Test
    void candidatePeopleAreEqualLengthNamesOneCharacterApartWithATouchedSide() {
        List<String> all = List.of("邱明杰", "邱明浩", "吴斌", "周斌", "吴滨", "范志成", "秦海燕", "秦海雁", "陶然");
        assertThat(linker.personPairs(all, List.of("邱明杰", "吴斌", "秦海燕")))
                .containsExactlyInAnyOrder(List.of("邱明杰", "邱明浩"), List.of("吴斌", "周斌"), List.of("吴斌", "吴滨"));
        assertThat(linker.personPairs(all, List.of("陶然"))).isEmpty();
    }

    @Test
    void aPairIsLinkedOnASharedTitleOrCompanionButNeverWhenOneStoryNamesBoth() {
        Map<String, Object> link = IdentityLinker.verdict("邱明杰", "邱明浩",
                new IdentityLinker.Evidence(false, List.of(), List.of("童嘉树")));
        assertThat(link).containsEntry("reason", "one character apart; appeared with 童嘉树").containsEntry("score", 0.45);

        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩", new IdentityLinker.Evidence(false, List.of("政府副县长"), List.of())))
                .containsEntry("reason", "one character apart; shared title 政府副县长").containsEntry("score", 0.7);
        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩",
                new IdentityLinker.Evidence(false, List.of(), List.of("甲", "乙", "丙", "丁", "戊", "己", "庚"))))
                .containsEntry("reason", "one character apart; appeared with 甲、乙、丙、丁、戊 and 2 more")
                .containsEntry("score", 0.75);

        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩",
                new IdentityLinker.Evidence(true, List.of("政府副县长"), List.of("童嘉树")))).isNull();
        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩", new IdentityLinker.Evidence(false, List.of(), List.of()))).isNull();
    }

    @Test
    void companiesSharingAPrintedFormAndProjectsEndingWithAnotherArePaired() {
        Map<String, List<String>> forms = Map.of(
                "青松木业家居股份有限公司", List.of("青松木业集团", "青松木业"),
                "青松木业集团", List.of(),
                "远景文旅集团", List.of());
        assertThat(linker.companyPairs(forms, List.of("青松木业集团")))
                .extracting(m -> m.get("a") + "/" + m.get("b")).containsExactly("青松木业家居股份有限公司/青松木业集团");
        assertThat(linker.projectPairs(List.of("禾川县垃圾焚烧发电项目", "垃圾焚烧发电项目", "物流园项目", "新区物流园项目"),
                List.of("垃圾焚烧发电项目", "物流园项目")))
                .extracting(m -> m.get("a") + "/" + m.get("b")).containsExactly("垃圾焚烧发电项目/禾川县垃圾焚烧发电项目");
    }

    @Test
    void aFormSharedByThousandsOfCompaniesPairsNobodyWhileASmallSharedFormStillDoes() {
        // 5,000 firms all printed once as 万禾集团: every pair of them was a candidate (12.5 million), quadratic.
        Map<String, List<String>> forms = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            forms.put("万禾第" + i + "建材有限公司", List.of("万禾集团"));
        }
        forms.put("万禾第7建材有限公司", List.of("万禾集团", "万禾七建"));
        forms.put("临川万禾七建材料有限公司", List.of("万禾七建"));
        long start = System.nanoTime();
        List<Map<String, Object>> pairs = linker.companyPairs(forms, forms.keySet());
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(pairs).extracting(m -> m.get("a") + "/" + m.get("b") + "/" + m.get("reason"))
                .containsExactly("万禾第7建材有限公司/临川万禾七建材料有限公司/alias match: 万禾七建");
    }

    @Test
    void aPairSharingSeveralFormsNamesThemAllSortedOnce() {
        Map<String, List<String>> forms = Map.of(
                "桐乡岚山纺织有限公司", List.of("岚山纺织", "岚山集团"),
                "岚山纺织（桐乡）股份有限公司", List.of("岚山集团", "岚山纺织"));
        assertThat(linker.companyPairs(forms, forms.keySet()))
                .extracting(m -> m.get("a") + "/" + m.get("b") + "/" + m.get("reason"))
                .containsExactly("岚山纺织（桐乡）股份有限公司/桐乡岚山纺织有限公司/alias match: 岚山纺织、岚山集团");
    }

    @Test
    void aFormAtTheCapStillPairsItsCompanies() {
        Map<String, List<String>> forms = new HashMap<>();
        for (int i = 0; i < IdentityLinker.MAX_COMPANIES_PER_FORM; i++) {
            forms.put("青石" + i + "号矿业公司", List.of("青石矿业"));
        }
        int n = IdentityLinker.MAX_COMPANIES_PER_FORM;
        assertThat(linker.companyPairs(forms, List.of("青石0号矿业公司"))).hasSize(n - 1);
        assertThat(linker.companyPairs(forms, forms.keySet())).hasSize(n * (n - 1) / 2);
        forms.put("青石外号矿业公司", List.of("青石矿业"));
        assertThat(linker.companyPairs(forms, forms.keySet())).isEmpty();
    }

    @Test
    void aSurnamePatternMatchedByThousandsPairsNobodyButRarerPatternsStillDo() {
        // 3,000 two-character names 闫X share the pattern 闫·; 闫X and 闫Y are not near-duplicates for that.
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            all.add("闫" + Character.toString(0x4E00 + i));
        }
        all.add("谭晓梅");
        all.add("谭晓枚");
        all.add("闫" + Character.toString(0x4E00) + "蓉");
        all.add("闫" + Character.toString(0x4E01) + "蓉");
        assertThat(linker.personPairs(all, all)).containsExactlyInAnyOrder(
                List.of("谭晓枚", "谭晓梅"),
                List.of("闫" + Character.toString(0x4E00) + "蓉", "闫" + Character.toString(0x4E01) + "蓉"));
        List<String> few = all.subList(0, IdentityLinker.MAX_PEOPLE_PER_MASK);
        assertThat(linker.personPairs(few, List.of(few.get(0)))).hasSize(IdentityLinker.MAX_PEOPLE_PER_MASK - 1);
    }

    @Test
    void aGenericProjectCoreEndingManyNamesPairsNobody() {
        List<String> all = new ArrayList<>(List.of("污水处理工程项目", "北关污水处理工程项目", "南塘污水处理工程"));
        assertThat(linker.projectPairs(all, List.of("南塘污水处理工程")))
                .extracting(m -> m.get("a") + "/" + m.get("b") + "/" + m.get("reason"))
                .containsExactly("南塘污水处理工程/污水处理工程项目/name ends with 污水处理工程");
        for (int i = 0; i < IdentityLinker.MAX_PROJECTS_PER_CORE; i++) {
            all.add("第" + i + "片区污水处理工程项目");
        }
        assertThat(linker.projectPairs(all, all)).isEmpty();
    }

    @Test
    void theWritesOfAPassRunInStepOrderAndASmallPassInOneTransaction() {
        Map<String, List<?>> unlink = Map.of("persons", List.of("邱明杰", "邱明浩", "童嘉树"));
        Map<String, List<?>> link = Map.of("personPairs", List.of("p1", "p2", "p3", "p4"));
        Map<String, List<?>> judged = Map.of("judgedPersons", List.of("邱明杰", "邱明浩", "童嘉树"));

        assertThat(IdentityLinker.runs(List.of(unlink, link, judged), 10)).containsExactly(Map.of(
                "persons", List.of("邱明杰", "邱明浩", "童嘉树"), "personPairs", List.of("p1", "p2", "p3", "p4"),
                "judgedPersons", List.of("邱明杰", "邱明浩", "童嘉树")));

        // Two rows at a time: every unlink before any link, every link before any entity is marked judged.
        assertThat(IdentityLinker.runs(List.of(unlink, link, judged), 2)).containsExactly(
                Map.of("persons", List.of("邱明杰", "邱明浩"), "personPairs", List.of(), "judgedPersons", List.of()),
                Map.of("persons", List.of("童嘉树"), "personPairs", List.of("p1", "p2"), "judgedPersons", List.of()),
                Map.of("persons", List.of(), "personPairs", List.of("p3", "p4"), "judgedPersons", List.of("邱明杰", "邱明浩")),
                Map.of("persons", List.of(), "personPairs", List.of(), "judgedPersons", List.of("童嘉树")));
    }
}
