// Relations between entities, one per story that states them, each with its provenance.
UNWIND $rows AS row
MATCH (a:$(row.fromLabel) {name: row.from})
MATCH (b:$(row.toLabel) {name: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
