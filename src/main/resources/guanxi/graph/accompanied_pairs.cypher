// How often each given person accompanied one same person at most, for Person.accompanied_most
// (guanxi.graph.derive.MostAccompanied): counted over the pairs a batch added to (row.others: whom it shows them
// accompanying; each pair by an Expand(Into) from the less connected side, so a much-reported official's other
// relations are not read), or over all their ACCOMPANIED when row.full is set (a person a replaced page or a
// reviewer's rename touched) or they have none kept yet (loaded before the loads kept it). One row per person; most
// is null when they accompany nobody.
UNWIND $rows AS row
MATCH (a:Person {name: row.name})
WITH a, row, row.full OR a.accompanied_most IS NULL AS full
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
  RETURN max(times) AS most
}
RETURN elementId(a) AS id, full, a.accompanied_most AS kept, most
