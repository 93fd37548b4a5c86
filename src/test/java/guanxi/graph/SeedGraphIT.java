package guanxi.graph;

import guanxi.extract.PageSource;
import guanxi.graph.read.ReadSide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real pipeline on the five seed pages, loaded into the embedded server: the graph a journalist opens. */
class SeedGraphIT extends ServerPerClass {

    static LoadSummary first;

    static LoadSummary loadSeeds() {
        try (PageSource pages = PageSource.of(List.of(Path.of("seeds")))) {
            LoadSummary summary = new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 5).load(pages);
            assertThat(pages.rejected()).isEmpty();
            return summary;
        }
    }

    @BeforeAll
    static void load() {
        first = loadSeeds();
    }

    @Test
    void everySeedStoryIsLoadedWithItsPeopleAndFacts() {
        assertThat(first.pages()).isEqualTo(5);
        assertThat(count("MATCH (s:Story) RETURN count(s)")).isEqualTo(first.stories()).isBetween(17L, 21L);
        assertThat(count("MATCH (s:Story) WHERE NOT (s)-[:MENTIONS]->() RETURN count(s)")).isZero();
        // The gold annotation of the seeds names 70 distinct people (reporters included); one node per name.
        assertThat(count("MATCH (p:Person) RETURN count(p)")).isBetween(60L, 80L);
        assertThat(count("MATCH (p:Person) WITH p.name AS name, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
    }

    @Test
    void knownEdgeCarriesItsStoryAndSentence() {
        List<Record> edges = query("""
                MATCH (:Person {name: '武耀文'})-[r:ACCOMPANIED]->(:Person {name: '夏祖义'})<-[:MENTIONS]-(s:Story)
                WHERE s.id = r.story
                RETURN r.evidence AS evidence, r.rule AS rule, r.start AS start, r.end AS end, s.title AS title""", Map.of());
        assertThat(edges).hasSize(1);
        Record e = edges.getFirst();
        assertThat(e.get("title").asString()).startsWith("夏祖义带队到我县督导检查");
        assertThat(e.get("evidence").asString()).contains("武耀文").contains("陪同");
        assertThat(e.get("rule").isNull()).isFalse();
        assertThat(e.get("end").asInt()).isGreaterThan(e.get("start").asInt());
    }

    @Test
    void eachMentionRecordsWhatItsEntityDoesInThatStory() {
        List<Record> rows = query("""
                MATCH (s:Story)-[m:MENTIONS]->(p:Person {name: $name})
                WHERE s.title STARTS WITH '夏祖义带队到我县督导检查'
                RETURN m.roles AS roles, m.roles_in AS roles_in""", Map.of("name", "夏祖义"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("roles").asList(v -> v.asString())).contains("LED");
        assertThat(rows.getFirst().get("roles_in").asList(v -> v.asString())).containsExactly("ACCOMPANIED");
        assertThat(count("""
                MATCH (s:Story)-[m:MENTIONS]->(:Person {name: '武耀文'})
                WHERE s.title STARTS WITH '夏祖义带队到我县督导检查' AND 'ACCOMPANIED' IN m.roles
                RETURN count(*)""")).isEqualTo(1);
        // Every relation stated by a story shows on its source's MENTIONS from that story, and nowhere else.
        assertThat(count("""
                MATCH (a)-[r:ACCOMPANIED|MET|VISITED|SIGNED|INVESTS_IN|EXECUTIVE_OF|SUBSIDIARY_OF]->(b)
                MATCH (s:Story {id: r.story})
                WHERE NOT EXISTS { (s)-[m:MENTIONS]->(a) WHERE type(r) IN m.roles }
                   OR NOT EXISTS { (s)-[m:MENTIONS]->(b) WHERE type(r) IN m.roles_in }
                RETURN count(*)""")).isZero();
        assertThat(count("""
                MATCH (s:Story)-[m:MENTIONS]->(e)
                UNWIND coalesce(m.roles, []) AS t
                WITH s, e, t
                WHERE NOT t IN ['LED', 'PRESIDED', 'ATTENDED']
                  AND NOT EXISTS { MATCH (e)-[r]->() WHERE type(r) = t AND r.story = s.id }
                RETURN count(*)""")).isZero();
    }

    @Test
    void aStoryPrintedWithoutItsYearIsDatedWithItsPagesYearOrQuestionMarks() {
        assertThat(count("MATCH (s:Story) WHERE s.date =~ '[0-9]{4}-.*' AND s.dated <> s.date RETURN count(*)")).isZero();
        assertThat(count("""
                MATCH (s:Story) WHERE size(s.date) = 5
                  AND NOT s.dated IN ['????-' + s.date] + COLLECT { MATCH (o:Story {doc: s.doc}) WHERE size(o.date) = 10
                                                                    RETURN left(o.date, 4) + '-' + s.date }
                RETURN count(*)""")).isZero();
        assertThat(count("MATCH (s:Story) WHERE s.dated IS NULL OR NOT s.dated =~ '([0-9]{4}|[?]{4})-.*' RETURN count(*)")).isZero();
        assertThat(count("MATCH (s:Story) WHERE s.dated STARTS WITH '????' RETURN count(*)")).isPositive();
    }

    @Test
    void loadingTheSeedsAgainChangesNothing() {
        Map<String, Long> before = shape();
        loadSeeds();
        assertThat(shape()).isEqualTo(before);
    }

    @Test
    void bothMayorsHoldTheTitleWithDatesAndStoryCounts() {
        List<Record> mayors = query("""
                MATCH (p:Person)-[h:HOLDS]->(:Title {name: '县长'})
                RETURN p.name AS name, h.first_seen AS first, h.last_seen AS last, h.stories AS n ORDER BY name""", Map.of());
        assertThat(mayors).extracting(r -> r.get("name").asString()).contains("李晓军", "李翔");
        mayors.forEach(r -> assertThat(r.get("first").isNull()).isFalse());
        // 李晓军's stories are on a page whose stories print month and day only: his span stays within October.
        Record li = mayors.stream().filter(r -> r.get("name").asString().equals("李晓军")).findFirst().orElseThrow();
        assertThat(li.get("first").asString()).endsWith("10-25");
        assertThat(li.get("n").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePumpedStorageProjectKeepsBothFiguresOneStoryEach() {
        List<Record> figures = query("""
                MATCH (s:Story)-[m:MENTIONS]->(p:Project)
                WHERE p.name ENDS WITH '抽水蓄能电站项目' AND m.investment_yuan IS NOT NULL
                RETURN s.date AS date, m.investment_yuan AS yuan ORDER BY date""", Map.of());
        assertThat(figures).extracting(r -> r.get("yuan").asLong()).containsExactly(9_000_000_000L, 9_586_000_000L);
        assertThat(count("""
                MATCH (:Project {name: '绛县抽水蓄能电站项目'})-[:POSSIBLY_SAME_AS]-(:Project {name: '抽水蓄能电站项目'})
                RETURN count(*)""")).isEqualTo(1);
    }

    @Test
    void theMisreadNamesAreLinkedForReviewNotMerged() {
        assertThat(count("""
                MATCH (:Person {name: '张瑞士'})-[r:POSSIBLY_SAME_AS]-(:Person {name: '张瑞轩'}) RETURN count(r)""")).isEqualTo(1);
        assertThat(count("""
                MATCH (:Person {name: '薛云海'})-[r:POSSIBLY_SAME_AS]-(:Person {name: '薛云涛'}) RETURN count(r)""")).isEqualTo(1);
    }

    @Test
    void aDossierListsTitlesStoriesConnectionsAndCompanies() {
        try (ReadSide read = ReadSide.start(driver)) {
            List<String> dossier = read.dossier("解芳").orElseThrow();
            assertThat(dossier.getFirst()).isEqualTo("Person: 解芳");
            assertThat(dossier).anySatisfy(l -> assertThat(l).contains("县委书记"));
            assertThat(dossier).anySatisfy(l -> assertThat(l).contains("红星美凯龙家具股份有限公司").contains("VISITED"));
            assertThat(dossier).anySatisfy(l -> assertThat(l).contains("解芳带队赴浙江开展招商引资考察对接活动").contains("LED"));
            // Story lines carry Story.dated, newest first, an unknown year (????) after every known one.
            int first = dossier.indexOf(dossier.stream().filter(l -> l.startsWith("Stories (")).findFirst().orElseThrow()) + 1;
            List<String> dates = dossier.subList(first, dossier.size()).stream().takeWhile(l -> l.startsWith("  "))
                    .filter(l -> !l.startsWith("  ..."))
                    .map(l -> l.substring(2, 12)).toList();
            assertThat(dates).isNotEmpty().allMatch(d -> d.matches("([0-9]{4}|[?]{4})-[0-9?]{2}-[0-9?]{2}"));
            List<String> known = dates.stream().takeWhile(d -> !d.startsWith("????")).toList();
            assertThat(known).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(dates.subList(known.size(), dates.size())).allMatch(d -> d.startsWith("????"));
            assertThat(read.dossier("红星美凯龙").orElseThrow().getFirst()).isEqualTo("Company: 红星美凯龙家具股份有限公司");
            assertThat(read.dossier("无此人")).isEmpty();
        }
    }
}
