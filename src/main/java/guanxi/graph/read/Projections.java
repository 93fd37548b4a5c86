package guanxi.graph.read;

import java.util.List;

/** DTO projections of the dossier queries: each maps a root node plus columns the query computes. */
final class Projections {

    private Projections() {
    }

    /** A story the subject appears in, and how: roles (LED, PRESIDED, ATTENDED, WROTE) or MENTIONED. */
    record StoryLine(String id, String title, String date, String dated, List<String> roles) {
    }

    /** Another person and the number of stories the two share, with the relation types between them. */
    record Connection(String name, Long stories, List<String> relations) {
    }

    /** A company the person met people of or visited, with the relation types and story count. */
    record CompanyLine(String name, List<String> relations, Long stories) {
    }

    /** A project tied to the subject, the way it is tied, and its latest figure. */
    record ProjectLine(String name, Long investmentYuan, String status, List<String> via) {
    }
}
