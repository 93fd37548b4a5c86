UNWIND $rows AS row
MERGE (s:Story {id: row.id})
SET s += row.props
