package guanxi.graph.read;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A story's identity and headline; the text stays in the graph for the Browser. */
@Node("Story")
record StoryNode(@Id String id, String title, String date, String dated, String doc) {
}
