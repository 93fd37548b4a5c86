// Every relationship a batch states, one per story, each with its provenance: MENTIONS (story -> entity), the roles in
// the story's own event and bylines (LED, PRESIDED, ATTENDED, WROTE: person -> story) and the relations between
// entities. Both ends are this batch's nodes, found by element id.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
