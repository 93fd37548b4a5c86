package guanxi.extract;

import guanxi.model.Evidence;
import guanxi.model.Extraction;
import guanxi.model.Relation;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for any extraction, whatever the input: relation ends are listed entities, evidence lies in the story. */
final class ExtractionChecks {
    private ExtractionChecks() {
    }

    static void assertConsistent(Extraction x) {
        Set<String> names = new HashSet<>();
        x.persons().forEach(p -> names.add(p.name()));
        x.companies().forEach(c -> names.add(c.name()));
        x.organizations().forEach(o -> names.add(o.name()));
        x.projects().forEach(j -> names.add(j.name()));
        for (Relation r : x.relations()) {
            assertThat(names).as(r.toString()).contains(r.from());
            if (r.to() != null) {
                assertThat(names).as(r.toString()).contains(r.to());
            }
            Evidence ev = r.evidence();
            assertThat(ev.storyId()).isEqualTo(x.story().id());
            String source = ev.sentence() < 0 ? x.story().title() : x.story().text();
            assertThat(source.substring(ev.start(), ev.end())).as(r.toString()).isNotBlank();
            assertThat(ev.text()).contains(source.substring(ev.start(), ev.end()));
        }
    }
}
