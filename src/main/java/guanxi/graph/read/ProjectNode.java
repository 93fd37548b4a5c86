package guanxi.graph.read;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/** A project with its latest stated investment and status (each story's own figure is on its MENTIONS). */
@Node("Project")
record ProjectNode(@Id String name, @Property("investment_yuan") Long investmentYuan, String status) {
}
