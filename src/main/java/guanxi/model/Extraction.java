package guanxi.model;

import java.util.List;

/** Everything extracted from one story. */
public record Extraction(Story story, List<Person> persons, List<Company> companies,
                         List<Organization> organizations, List<Project> projects, List<Relation> relations) {
    public Extraction {
        persons = List.copyOf(persons);
        companies = List.copyOf(companies);
        organizations = List.copyOf(organizations);
        projects = List.copyOf(projects);
        relations = List.copyOf(relations);
    }
}
