UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.story
MATCH (e) WHERE elementId(e) = row.entity
CREATE (s)-[m:MENTIONS]->(e)
SET m = row.props
