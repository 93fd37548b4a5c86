// Writes derived node properties as the loader folded them (guanxi.graph.derive); a null value removes the property
// (an empty list is never stored: the bulk importer cannot store one).
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.id
SET n += row.props
