// Roles in the story's own event (LED, PRESIDED, ATTENDED) and bylines (WROTE): person -> story.
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row.person
MATCH (s) WHERE elementId(s) = row.story
CREATE (p)-[r:$(row.type)]->(s)
SET r = row.props
