// Writes the families the loader folded (guanxi.graph.derive.ProjectFamily.properties): the range of the amounts stated for a
// project and the names under it, and for a head of a family its spread; a project without a stated amount (a row
// with the name only) has none.
UNWIND $rows AS row
MATCH (p:Project {name: row.name})
SET p += row.props
