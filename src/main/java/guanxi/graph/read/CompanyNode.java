package guanxi.graph.read;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A company: canonical (longest) name and the other forms printed for it. */
@Node("Company")
record CompanyNode(@Id String name, java.util.List<String> aliases) {
}
