// Report: Projects by investment
// Description: Projects with their status, the companies behind them, each stated investment and the spread between the stories that state them, largest first.
// @param min_yuan INTEGER only projects with a stated investment of at least this many yuan; 0 lists all (default 0, e.g. 100000000)
// @param top INTEGER how many projects to list; 0 lists all (default 100, e.g. 20)
// Projects are ranked on the highest amount their stories state, which the loads keep on the node
// (Project.investment_high, folded by guanxi.graph.derive.StatedRange, indexed): the $top highest set a bar, the
// projects reaching it are read from the index, and statuses, companies and story titles are read for the listed ones
// only. Projects without a stated amount are listed after them, so they are read only when fewer than $top state one.
// A graph loaded by an older version (no project has the amount yet, until a load or serve completes it) is ranked
// on its mentions' amounts, as before.
// A graph of an older version has no project with the amount.
WITH NOT EXISTS { MATCH (x:Project) WHERE x.investment_high IS NOT NULL } AS older
CALL (older) {
  MATCH (j:Project)
  WHERE j.investment_high >= $min_yuan
  WITH j.investment_high AS high
  ORDER BY high DESC
  LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
  RETURN high
  UNION ALL
  UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
  MATCH (j:Project)
  WHERE j.investment_yuan IS NOT NULL
  CALL (j) {
    MATCH (j)<-[m:MENTIONS]-()
    RETURN max(m.investment_yuan) AS high
  }
  WITH high
  WHERE high >= $min_yuan
  RETURN high
}
WITH older, high
ORDER BY high DESC
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
WITH older, collect(high) AS highs
WITH older, CASE WHEN $top > 0 AND size(highs) = $top THEN last(highs) END AS bar
CALL (older, bar) {
  MATCH (j:Project)
  WHERE j.investment_high >= coalesce(bar, $min_yuan)
  RETURN j, j.investment_high AS high
  UNION ALL
  UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
  MATCH (j:Project)
  WHERE j.investment_yuan IS NOT NULL
  CALL (j) {
    MATCH (j)<-[m:MENTIONS]-()
    RETURN max(m.investment_yuan) AS high
  }
  WITH j, high
  WHERE high >= coalesce(bar, $min_yuan)
  RETURN j, high
  UNION ALL
  UNWIND CASE WHEN bar IS NULL AND $min_yuan = 0 THEN [true] ELSE [] END AS fewer
  MATCH (j:Project)
  WHERE j.investment_yuan IS NULL
  RETURN j, null AS high
}
WITH j, high, COUNT { (j)<-[:MENTIONS]-() } AS stories
ORDER BY coalesce(high, -1) DESC, stories DESC, j.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
CALL (j) {
  OPTIONAL MATCH (s:Story)-[m:MENTIONS]->(j)
  RETURN min(m.investment_yuan) AS low, collect(DISTINCT m.investment_yuan) AS amounts,
         collect(DISTINCT m.status) AS statuses, collect(DISTINCT s.title) AS story_titles
}
RETURN j.name AS project,
       coalesce(j.status, statuses[0]) AS status,
       statuses,
       COLLECT { MATCH (c:Company)-[:INVESTS_IN]->(j) RETURN DISTINCT c.name } AS companies,
       [a IN amounts | round(a / 1.0e8, 2)] AS stated_yi,
       low AS low_yuan, high AS high_yuan, high - low AS spread_yuan,
       CASE WHEN low > 0 THEN round((high - low) * 100.0 / low, 1) END AS spread_pct,
       stories, story_titles
ORDER BY coalesce(high, -1) DESC, stories DESC, project
