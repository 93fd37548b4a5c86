// Sets the dated span of titles held in a graph loaded before HOLDS kept it, as the loader folded it from
// holds_undated.cypher's rows.
UNWIND $rows AS row
MATCH ()-[h:HOLDS]->() WHERE elementId(h) = row.id
SET h.first_dated = row.first_dated, h.last_dated = row.last_dated
