UNWIND $rows AS row
MATCH (s:Story {id: row.story})
MATCH (e:$(row.label) {name: row.name})
CREATE (s)-[m:MENTIONS]->(e)
SET m = row.props
