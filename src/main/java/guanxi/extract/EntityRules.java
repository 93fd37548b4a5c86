package guanxi.extract;

import guanxi.extract.PersonFinder.Mention;
import guanxi.model.Company;
import guanxi.model.Organization;
import guanxi.model.Project;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Companies, organisations and projects, and the relations that involve them. */
final class EntityRules {

    record Found(List<Company> companies, List<Organization> organizations, List<Project> projects) {
    }

    private final Lexicon lex;
    private final PersonFinder persons;

    EntityRules(Lexicon lex, PersonFinder persons) {
        this.lex = lex;
        this.persons = persons;
    }

    Found apply(StoryFacts facts, List<Sent> body, Sent headline, Map<Sent, List<Mention>> mentions, String leader) {
        return new Found(List.of(), facts.organizations(Set.of()), List.of());
    }
}
