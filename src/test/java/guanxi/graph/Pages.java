package guanxi.graph;

import guanxi.model.Company;
import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Organization;
import guanxi.model.PageResult;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Sentence;
import guanxi.model.Story;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built extracted pages for loader tests: each story is one sentence of text, and every mention and relation
 * points at it. Building them by hand keeps these tests about the loader, not the extractor.
 */
final class Pages {

    private final String doc;
    private final List<Extraction> stories = new ArrayList<>();

    private Pages(String doc) {
        this.doc = doc;
    }

    static Pages page(String doc) {
        return new Pages(doc);
    }

    StoryBuilder story(String title, String date, String sentence) {
        return new StoryBuilder(this, title, date, sentence);
    }

    ExtractedPage build() {
        List<Story> list = stories.stream().map(Extraction::story).toList();
        return new ExtractedPage(new PageResult(doc, list, List.of()), stories);
    }

    static final class StoryBuilder {
        private final Pages page;
        private final String id;
        private final String title;
        private final String date;
        private final String sentence;
        private final Evidence evidence;
        private final List<String> reporters = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<Company> companies = new ArrayList<>();
        private final List<Organization> organizations = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        StoryBuilder(Pages page, String title, String date, String sentence) {
            this.page = page;
            this.id = page.doc + "#" + Integer.toHexString((title + sentence).hashCode());
            this.title = title;
            this.date = date;
            this.sentence = sentence;
            this.evidence = new Evidence(id, 0, 0, sentence.length(), sentence, "test");
        }

        StoryBuilder by(String... names) {
            reporters.addAll(List.of(names));
            return this;
        }

        StoryBuilder person(String name, String... titles) {
            persons.add(new Person(name, List.of(titles), List.of(evidence)));
            return this;
        }

        StoryBuilder company(String name, String... aliases) {
            companies.add(new Company(name, List.of(aliases), List.of(evidence)));
            return this;
        }

        StoryBuilder organization(String name) {
            organizations.add(new Organization(name, List.of(evidence)));
            return this;
        }

        StoryBuilder project(String name, Long yuan, String status) {
            projects.add(new Project(name, yuan, status, List.of(evidence)));
            return this;
        }

        StoryBuilder role(RelationType type, String person) {
            relations.add(new Relation(type, person, EntityKind.PERSON, null, null, null, evidence));
            return this;
        }

        StoryBuilder rel(RelationType type, String from, EntityKind fromKind, String to, EntityKind toKind) {
            relations.add(new Relation(type, from, fromKind, to, toKind, null, evidence));
            return this;
        }

        StoryBuilder executive(String person, String company, String title) {
            relations.add(new Relation(RelationType.EXECUTIVE_OF, person, EntityKind.PERSON, company,
                    EntityKind.COMPANY, title, evidence));
            return this;
        }

        Pages done() {
            Story story = new Story(id, page.doc, title, date, reporters, sentence,
                    List.of(new Sentence(0, 0, sentence.length(), sentence)));
            page.stories.add(new Extraction(story, persons, companies, organizations, projects, relations));
            return page;
        }
    }
}
