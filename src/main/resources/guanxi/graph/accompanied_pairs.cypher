// Whom each given person accompanied and how often, for Person.accompanied_most, accompanied_names and
// accompanied_times (guanxi.graph.derive.Accompanied): counted over the pairs a batch added to (row.others: whom it
// shows them accompanying; each pair by an Expand(Into) from the less connected side, so a much-reported official's
// other relations are not read), or over all their ACCOMPANIED when row.full is set (a person a replaced page or a
// reviewer's rename touched), they have no count kept yet, or a count of $often or more without its pairs (kept by
// older versions). One row per person, with what was kept; pairs is empty when they accompany nobody.
UNWIND $rows AS row
MATCH (a:Person {name: row.name})
WITH a, row, row.full OR a.accompanied_most IS NULL OR (a.accompanied_most >= $often AND a.accompanied_names IS NULL) AS full
CALL (a, row, full) {
  CALL (a, row, full) {
    UNWIND CASE WHEN full THEN [] ELSE row.others END AS other
    MATCH (b:Person {name: other})
    MATCH (a)-[r:ACCOMPANIED]->(b)
    RETURN other, count(r) AS times
    UNION ALL
    UNWIND CASE WHEN full THEN [true] ELSE [] END AS everyone
    MATCH (a)-[r:ACCOMPANIED]->(b)
    RETURN b.name AS other, count(r) AS times
  }
  RETURN collect([other, times]) AS pairs
}
RETURN elementId(a) AS id, full, a.accompanied_most AS kept, coalesce(a.accompanied_names, []) AS names,
       coalesce(a.accompanied_times, []) AS times, pairs
