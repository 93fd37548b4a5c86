package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        IdentityLinker.Link link = IdentityLinker.verdict("邱明杰", "邱明浩",
                new IdentityLinker.Evidence(false, List.of(), List.of("童嘉树")));
        assertThat(link).isEqualTo(new IdentityLinker.Link("邱明杰", "邱明浩", "one character apart; appeared with 童嘉树", 0.45));
        assertThat(link.parameters()).isEqualTo(Map.of("a", "邱明杰", "b", "邱明浩",
                "reason", "one character apart; appeared with 童嘉树", "score", 0.45, "pair", "邱明杰\t邱明浩"));
        // pair: the two names with a tab between them, which possible-duplicates orders a tie on the score by.
        assertThat(link.properties()).isEqualTo(Map.of("reason", "one character apart; appeared with 童嘉树", "score", 0.45,
                "pair", "邱明杰\t邱明浩"));

        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩", new IdentityLinker.Evidence(false, List.of("政府副县长"), List.of())))
                .isEqualTo(new IdentityLinker.Link("邱明杰", "邱明浩", "one character apart; shared title 政府副县长", 0.7));
        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩",
                new IdentityLinker.Evidence(false, List.of(), List.of("甲", "乙", "丙", "丁", "戊", "己", "庚"))))
                .isEqualTo(new IdentityLinker.Link("邱明杰", "邱明浩",
                        "one character apart; appeared with 甲、乙、丙、丁、戊 and 2 more", 0.75));

        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩",
                new IdentityLinker.Evidence(true, List.of("政府副县长"), List.of("童嘉树")))).isNull();
        assertThat(IdentityLinker.verdict("邱明杰", "邱明浩", new IdentityLinker.Evidence(false, List.of(), List.of()))).isNull();
    }

    @Test
    void aMuchReportedOfficialsStoriesAreNeverReadAndTwoOfThemAreNeverPaired() {
        int many = IdentityLinker.MAX_JUDGED_STORIES + 1;
        // 韩立新 and 韩立昕 are both much reported; 韩立欣 is rare, shares a title with 韩立新 and a companion with both.
        Map<String, Integer> stories = Map.of("韩立新", many, "韩立昕", many + 5, "韩立欣", 2, "韩立芯", 1);
        Map<String, java.util.Set<String>> titles = Map.of("韩立新", java.util.Set.of("县长"),
                "韩立欣", java.util.Set.of("县长"), "韩立昕", java.util.Set.of("副县长"), "韩立芯", java.util.Set.of());
        Map<String, guanxi.graph.derive.Companions> contexts = Map.of(
                "韩立欣", new guanxi.graph.derive.Companions(java.util.Set.of("蒋文卓"), java.util.Set.of("蒋文卓")),
                // 韩立芯 shares a story with 韩立新: never linked.
                "韩立芯", new guanxi.graph.derive.Companions(java.util.Set.of("韩立新"), java.util.Set.of("韩立新")));
        List<String> read = java.util.Collections.synchronizedList(new ArrayList<>());
        IdentityLinker.Contexts recording = names -> {
            read.addAll(names);
            Map<String, guanxi.graph.derive.Companions> found = new HashMap<>();
            names.stream().filter(contexts::containsKey).forEach(n -> found.put(n, contexts.get(n)));
            return found;
        };
        List<List<String>> candidates = List.of(List.of("韩立新", "韩立昕"), List.of("韩立新", "韩立欣"),
                List.of("韩立昕", "韩立欣"), List.of("韩立新", "韩立芯"));

        List<IdentityLinker.Link> links = IdentityLinker.judge(recording, candidates, stories, titles, Set.of(),
                IdentityLinker.MuchReported.of(stories));

        // The shared title links 韩立新 and 韩立欣; a shared companion with an official is no evidence.
        assertThat(links).extracting(l -> l.a() + "/" + l.b()).containsExactly("韩立新/韩立欣");
        assertThat(links.get(0).reason()).isEqualTo("one character apart; shared title 县长");
        // 韩立芯 holds no title 韩立新 holds: nothing could link them, so its stories are not even read.
        assertThat(read).containsExactlyInAnyOrder("韩立欣");
    }

    @Test
    void aTitleHeldByMoreThanAHundredPeopleIsNoEvidenceWhileARareOneStillIs() {
        // 101 holders of 董事长 (printed without a company) and of 县长 (a province's counties); 2 of 交通局局长.
        Map<String, Set<String>> titles = new HashMap<>();
        for (int i = 0; i < 99; i++) {
            titles.put("人" + i, Set.of("董事长", "县长"));
        }
        titles.put("鲍文海", Set.of("董事长", "县长", "交通局局长"));
        titles.put("鲍文涛", Set.of("董事长", "县长", "交通局局长"));
        titles.put("鲍文江", Set.of("董事长"));
        titles.put("鲍文河", Set.of("县长"));
        assertThat(IdentityLinker.genericTitles(titles.values())).containsExactlyInAnyOrder("董事长", "县长");

        Map<String, Integer> stories = Map.of("鲍文海", 3, "鲍文涛", 2, "鲍文江", 4, "鲍文河", 1);
        Map<String, guanxi.graph.derive.Companions> contexts = new HashMap<>();
        stories.keySet().forEach(n -> contexts.put(n, new guanxi.graph.derive.Companions(Set.of(), Set.of())));
        IdentityLinker.Contexts read = names -> {
            Map<String, guanxi.graph.derive.Companions> found = new HashMap<>();
            names.forEach(n -> found.put(n, contexts.get(n)));
            return found;
        };
        List<List<String>> candidates = List.of(List.of("鲍文海", "鲍文涛"), List.of("鲍文江", "鲍文海"),
                List.of("鲍文江", "鲍文涛"), List.of("鲍文河", "鲍文海"));

        // Only the rare title links, and the reason names it alone.
        assertThat(IdentityLinker.judge(read, candidates, stories, titles, Set.of("董事长", "县长"),
                IdentityLinker.MuchReported.of(stories)))
                .extracting(l -> l.a() + "/" + l.b() + "/" + l.reason())
                .containsExactly("鲍文海/鲍文涛/one character apart; shared title 交通局局长");
        // Where the same titles are few (one county's paper), each is evidence.
        assertThat(IdentityLinker.judge(read, candidates, stories, titles, Set.of(),
                IdentityLinker.MuchReported.of(stories))).hasSize(4);
    }

    @Test
    void sharingAMuchReportedCompanionIsNoEvidenceWhileSharingAnyoneElseStillIs() {
        // 柯正阳, a county head named in 400 stories, appeared with all four; 任小满 only with 伍建新 and 伍建欣.
        Map<String, Integer> stories = Map.of("伍建新", 3, "伍建欣", 2, "伍建昕", 4, "伍建芯", 2,
                "柯正阳", 400, "任小满", 6);
        Map<String, guanxi.graph.derive.Companions> contexts = Map.of(
                "伍建新", new guanxi.graph.derive.Companions(Set.of("柯正阳", "任小满"), Set.of("柯正阳", "任小满")),
                "伍建欣", new guanxi.graph.derive.Companions(Set.of("柯正阳", "任小满"), Set.of("柯正阳", "任小满")),
                "伍建昕", new guanxi.graph.derive.Companions(Set.of("柯正阳"), Set.of("柯正阳")),
                "伍建芯", new guanxi.graph.derive.Companions(Set.of("柯正阳"), Set.of("柯正阳")));
        IdentityLinker.Contexts read = names -> {
            Map<String, guanxi.graph.derive.Companions> found = new HashMap<>();
            names.forEach(n -> found.put(n, contexts.get(n)));
            return found;
        };
        List<List<String>> candidates = List.of(List.of("伍建新", "伍建欣"), List.of("伍建昕", "伍建芯"),
                List.of("伍建新", "伍建昕"));

        assertThat(IdentityLinker.judge(read, candidates, stories, Map.of(), Set.of(),
                IdentityLinker.MuchReported.of(stories)))
                .extracting(l -> l.a() + "/" + l.b() + "/" + l.reason() + "/" + l.score())
                .containsExactly("伍建新/伍建欣/one character apart; appeared with 任小满/0.45");
        // Who is much reported is asked only for the companions the pairs share.
        List<Set<String>> asked = new ArrayList<>();
        IdentityLinker.judge(read, candidates, stories, Map.of(), Set.of(), names -> {
            asked.add(Set.copyOf(names));
            return IdentityLinker.MuchReported.of(stories).among(names);
        });
        assertThat(asked).containsExactly(Set.of("柯正阳", "任小满"));
    }

    @Test
    void companiesSharingAPrintedFormAndProjectsEndingWithAnotherArePaired() {
        Map<String, List<String>> forms = Map.of(
                "青松木业家居股份有限公司", List.of("青松木业集团", "青松木业"),
                "青松木业集团", List.of(),
                "远景文旅集团", List.of());
        assertThat(linker.companyPairs(forms, List.of("青松木业集团")))
                .extracting(m -> m.a() + "/" + m.b()).containsExactly("青松木业家居股份有限公司/青松木业集团");
        assertThat(linker.projectPairs(List.of("禾川县垃圾焚烧发电项目", "垃圾焚烧发电项目", "物流园项目", "新区物流园项目"),
                List.of("垃圾焚烧发电项目", "物流园项目")))
                .extracting(m -> m.a() + "/" + m.b()).containsExactly("垃圾焚烧发电项目/禾川县垃圾焚烧发电项目");
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
        List<IdentityLinker.Link> pairs = linker.companyPairs(forms, forms.keySet());
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(pairs).extracting(m -> m.a() + "/" + m.b() + "/" + m.reason())
                .containsExactly("万禾第7建材有限公司/临川万禾七建材料有限公司/alias match: 万禾七建");
    }

    @Test
    void aPairSharingSeveralFormsNamesThemAllSortedOnce() {
        Map<String, List<String>> forms = Map.of(
                "桐乡岚山纺织有限公司", List.of("岚山纺织", "岚山集团"),
                "岚山纺织（桐乡）股份有限公司", List.of("岚山集团", "岚山纺织"));
        assertThat(linker.companyPairs(forms, forms.keySet()))
                .extracting(m -> m.a() + "/" + m.b() + "/" + m.reason())
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
        // Every name touched (an import, one pattern position at a time) gives what touching each in turn gives.
        List<String> some = new ArrayList<>(all.subList(2900, all.size()));
        some.addAll(List.of("谭小梅", "谭晓", "潭晓", "谭", "闫" + Character.toString(0x4E00) + "容"));
        java.util.Set<List<String>> oneByOne = new java.util.HashSet<>();
        for (String name : some) {
            oneByOne.addAll(linker.personPairs(some, List.of(name)));
        }
        assertThat(linker.personPairs(some, some)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneByOne);
        assertThat(oneByOne).contains(List.of("潭晓", "谭晓"), List.of("谭小梅", "谭晓梅"));
        List<String> few = all.subList(0, IdentityLinker.MAX_PEOPLE_PER_MASK);
        assertThat(linker.personPairs(few, List.of(few.get(0)))).hasSize(IdentityLinker.MAX_PEOPLE_PER_MASK - 1);
    }

    @Test
    void aDailyUpdateReadsOnlyTheProjectNamesNearItsOwnAndPairsAsOverAllNames() {
        List<String> all = new ArrayList<>(List.of("禾川县垃圾焚烧发电项目", "垃圾焚烧发电项目", "焚烧发电项目", "物流园项目",
                "新区物流园项目", "新区物流园", "年产3万吨瓷砖项目", "瓷砖项目", "城南冷链物流园项目"));
        // An ending shared by many names (past the cap) pairs nobody, among the near names as among all.
        for (int i = 0; i < IdentityLinker.MAX_PROJECTS_PER_CORE + 3; i++) {
            all.add("第" + i + "号污水处理厂项目");
        }
        all.add("污水处理厂项目");
        for (List<String> touched : List.of(List.of("垃圾焚烧发电项目"), List.of("新区物流园"), List.of("污水处理厂项目"),
                List.of("第7号污水处理厂项目", "城南冷链物流园项目"), List.of("年产3万吨瓷砖项目"))) {
            List<String> near = IdentityLinker.projectsNear(all, touched);
            assertThat(linker.projectPairs(near, touched)).as(touched.toString())
                    .isEqualTo(linker.projectPairs(all, touched));
            assertThat(near.size()).isLessThan(all.size());
        }
        assertThat(linker.projectPairs(all, List.of("垃圾焚烧发电项目"))).isNotEmpty();
        assertThat(IdentityLinker.projectsNear(all, List.of("新区物流园"))).contains("新区物流园项目", "新区物流园")
                .doesNotContain("城南冷链物流园项目", "瓷砖项目");
    }

    @Test
    void aGenericProjectCoreEndingManyNamesPairsNobody() {
        List<String> all = new ArrayList<>(List.of("污水处理工程项目", "北关污水处理工程项目", "南塘污水处理工程"));
        assertThat(linker.projectPairs(all, List.of("南塘污水处理工程")))
                .extracting(m -> m.a() + "/" + m.b() + "/" + m.reason())
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

    @Test
    void aPassWritesOnlyTheLinksItsJudgementChanged() {
        // Stored now: one link judged again as it was, one judged again with a new reason, one no longer judged.
        List<IdentityLinker.Stored> stored = List.of(
                new IdentityLinker.Stored("Person", "邱明杰", "邱明浩", "one character apart; shared title 副县长", 0.7),
                new IdentityLinker.Stored("Person", "童嘉树", "童嘉澍", "one character apart; appeared with 邱明杰", 0.45),
                new IdentityLinker.Stored("Person", "邱明杰", "邱朋杰", "one character apart; appeared with 童嘉树", 0.45),
                new IdentityLinker.Stored("Company", "青松木业", "青松木业集团", "alias match: 青松木业", 0.8));
        IdentityLinker.Link same = new IdentityLinker.Link("邱明杰", "邱明浩", "one character apart; shared title 副县长", 0.7);
        IdentityLinker.Link changed = new IdentityLinker.Link("童嘉树", "童嘉澍",
                "one character apart; appeared with 邱明杰、邱明浩", 0.5);
        IdentityLinker.Link added = new IdentityLinker.Link("远景文旅", "远景文旅集团", "alias match: 远景文旅", 0.8);
        Map<String, List<?>> judged = Map.of("judgedPersons", List.of("邱明杰", "童嘉树"));

        List<Map<String, List<?>>> steps = IdentityLinker.changes(stored, Map.of(
                "Person", List.of(same, changed), "Company", List.of(added), "Project", List.of()), judged);

        assertThat(steps.get(0)).isEqualTo(Map.of(
                "dropPersons", List.of(Map.of("a", "邱明杰", "b", "邱朋杰")),
                "dropCompanies", List.of(Map.of("a", "青松木业", "b", "青松木业集团")),
                "dropProjects", List.of()));
        assertThat(steps.get(1)).isEqualTo(Map.of(
                "personPairs", List.of(changed.parameters()),
                "companyPairs", List.of(added.parameters()),
                "projectPairs", List.of()));
        assertThat(steps.get(2)).isEqualTo(judged);
    }
}
