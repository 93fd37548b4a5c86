package guanxi.graph.read;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

@Node("Title")
record TitleNode(@Id String name) {
}
