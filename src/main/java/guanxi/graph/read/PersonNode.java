package guanxi.graph.read;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

import java.util.List;

/** A person as the read side sees it, with the titles held over time. Written only by the loader. */
@Node("Person")
record PersonNode(@Id String name, List<String> titles,
                         @Relationship(type = "HOLDS") List<Held> held) {
}
