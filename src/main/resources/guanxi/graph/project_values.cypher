// A project node shows the latest stated investment and status; each story's own figure stays on its MENTIONS.
// Full dates outrank month-day dates, which cannot be placed in a year.
UNWIND $names AS name
MATCH (p:Project {name: name})
CALL (p) {
  OPTIONAL MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE m.investment_yuan IS NOT NULL
  WITH m ORDER BY size(coalesce(s.date, '')) DESC, s.date DESC
  RETURN head(collect(m.investment_yuan)) AS investment
}
CALL (p) {
  OPTIONAL MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE m.status IS NOT NULL
  WITH m ORDER BY size(coalesce(s.date, '')) DESC, s.date DESC
  RETURN head(collect(m.status)) AS status
}
SET p.investment_yuan = investment, p.status = status
