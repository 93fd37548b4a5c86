package guanxi.graph.read;

import org.springframework.data.neo4j.core.schema.Property;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** One HOLDS relationship: a title, when it was first and last printed with the name, in how many stories. */
@RelationshipProperties
record Held(@RelationshipId String id, @TargetNode TitleNode title,
                   @Property("first_seen") String firstSeen, @Property("last_seen") String lastSeen, Long stories) {
}
