// Roles in the story's own event (LED, PRESIDED, ATTENDED) and bylines (WROTE): person -> story.
UNWIND $rows AS row
MATCH (p:Person {name: row.person})
MATCH (s:Story {id: row.story})
CREATE (p)-[r:$(row.type)]->(s)
SET r = row.props
