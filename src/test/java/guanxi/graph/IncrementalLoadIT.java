package guanxi.graph;

import guanxi.extract.PageSource;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import guanxi.model.RelationType;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily updates: an archive loaded, then a day's new pages, then a corrected page (a title and a person gone) give
 * the graph one clean load of the final pages gives: the same counts and the same SHA-256 over every property.
 * The derived facts and the identity pass of each update are scoped to what its pages name (the corrected page's
 * people and the titles they held; the companies sharing a printed form with its own), so the title and the person
 * only the old page named must still leave, and a company of the update is still linked to one only the archive names.
 */
class IncrementalLoadIT extends ServerPerClass {

    private static final String OLD_TITLE = "县水务局副局长兼督查专员";

    @Test
    void updatesAndACorrectedPageGiveTheGraphOfOneCleanLoad() throws Exception {
        List<ExtractedPage> archive = new ArrayList<>();
        try (PageSource seeds = PageSource.of(List.of(Path.of("seeds")))) {
            seeds.forEach(archive::add);
        }
        new SyntheticPages(30, 11, "arc").forEach(archive::add);
        archive.add(Pages.page("farm-a.txt").story("农企签约", "2025-02-03", "青禾农业科技有限公司签约。")
                .company("青禾农业科技有限公司", "青禾农业").done().build());
        List<ExtractedPage> day = new ArrayList<>();
        new SyntheticPages(8, 12, "day").forEach(day::add);
        // Shares a printed form with a company only the archive names: the update's identity pass must find it.
        day.add(Pages.page("farm-b.txt").story("农企投产", "2025-06-07", "青禾农业发展有限公司投产。")
                .company("青禾农业发展有限公司", "青禾农业").done().build());
        ExtractedPage printed = Pages.page("water.txt")
                .story("水务检查", "2025-05-06", "蒲星河、晏秋白检查河道。").person("蒲星河", OLD_TITLE).person("晏秋白", "科长")
                .role(RelationType.LED, "蒲星河")
                .rel(RelationType.ACCOMPANIED, "晏秋白", EntityKind.PERSON, "蒲星河", EntityKind.PERSON).done()
                .build();
        ExtractedPage corrected = Pages.page("water.txt")
                .story("水务检查", "2025-05-06", "蒲星河检查河道。").person("蒲星河", "县水务局局长")
                .role(RelationType.LED, "蒲星河").done()
                .build();

        wipe();
        List<ExtractedPage> all = new ArrayList<>(archive);
        all.addAll(day);
        all.add(corrected);
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20).load(all);
        Map<String, Long> cleanShape = shape();
        String cleanSum = ConcurrentLoadsIT.checksum();

        wipe();
        List<ExtractedPage> first = new ArrayList<>(archive);
        first.add(printed);
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20).load(first);
        assertThat(count("MATCH (t:Title {name: $t}) RETURN count(t)", Map.of("t", OLD_TITLE))).isOne();
        assertThat(count("MATCH (p:Person {name: '晏秋白'}) RETURN count(p)")).isOne();
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20).load(day);
        assertThat(count("""
                MATCH (:Company {name: '青禾农业发展有限公司'})-[r:POSSIBLY_SAME_AS]-(:Company {name: '青禾农业科技有限公司'})
                RETURN count(r)""")).isOne();
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20).load(List.of(corrected));

        assertThat(count("MATCH (t:Title {name: $t}) RETURN count(t)", Map.of("t", OLD_TITLE))).isZero();
        assertThat(count("MATCH (p:Person {name: '晏秋白'}) RETURN count(p)")).isZero();
        assertThat(shape()).isEqualTo(cleanShape);
        assertThat(ConcurrentLoadsIT.checksum()).isEqualTo(cleanSum);

        // A small graph takes the scan of every company; the lookups a large archive's update takes find the same
        // pairs, here for every company as the touched ones.
        IdentityLinker linker = new IdentityLinker(Resolutions.none());
        try (Session session = driver.session()) {
            Map<String, List<String>> forms = new java.util.HashMap<>();
            session.run(IdentityLinker.ALL_COMPANY_FORMS).list().forEach(r ->
                    forms.put(r.get("name").asString(), r.get("aliases").asList(v -> v.asString())));
            List<String> touched = List.copyOf(forms.keySet());
            assertThat(touched).hasSizeGreaterThan(20);
            List<IdentityLinker.Link> scanned = linker.companyPairs(forms, touched);
            assertThat(scanned).isNotEmpty();
            assertThat(linker.companyPairs(IdentityLinker.carriers(session, touched), touched))
                    .containsExactlyInAnyOrderElementsOf(scanned);
        }
    }
}
