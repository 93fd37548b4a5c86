// Activity per month for the given persons, recomputed from all their stories (pages were replaced, or names
// renamed): months (left of Story.dated: YYYY-MM, ????-MM when the page printed no year) in which they led,
// presided, attended, accompanied, met, visited or signed ($roles), stories per month, and the busiest month's
// count, which busiest-officials uses to skip everyone who cannot reach its list. No months: no list properties.
UNWIND $names AS name
MATCH (p:Person {name: name})
CALL (p) {
  OPTIONAL MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE any(r IN m.roles WHERE r IN $roles)
  WITH left(s.dated, 7) AS month, count(s) AS n
  WHERE month IS NOT NULL
  ORDER BY month
  RETURN collect(month) AS months, collect(n) AS counts
}
SET p.activity_months = CASE WHEN size(months) > 0 THEN months END,
    p.activity_stories = CASE WHEN size(counts) > 0 THEN counts END,
    p.busiest_month = reduce(busiest = 0, n IN counts | CASE WHEN n > busiest THEN n ELSE busiest END)
