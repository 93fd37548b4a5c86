UNWIND $rows AS row
MERGE (s:Story {id: row.id})
SET s += row.props
RETURN row.id AS key, elementId(s) AS id
