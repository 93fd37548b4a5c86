// Report: Projects by investment
// Description: Projects with their status, the companies behind them, each stated investment and the spread between the stories that state them, largest first.
// @param min_yuan INTEGER only projects with a stated investment of at least this many yuan; 0 lists all (default 0, e.g. 100000000)
// @param top INTEGER how many projects to list; 0 lists all (default 100, e.g. 20)
// Projects are ranked on their mentions' amounts alone, read only for projects with a stated figure
// (Project.investment_yuan, the latest one, is set exactly then); statuses, companies and story titles are read for
// the listed ones only.
CALL () {
  MATCH (j:Project)
  WHERE j.investment_yuan IS NOT NULL
  CALL (j) {
    MATCH (j)<-[m:MENTIONS]-()
    RETURN max(m.investment_yuan) AS high
  }
  RETURN j, high
  UNION ALL
  MATCH (j:Project)
  WHERE j.investment_yuan IS NULL AND $min_yuan = 0
  RETURN j, null AS high
}
WITH j, high, COUNT { (j)<-[:MENTIONS]-() } AS stories
WHERE $min_yuan = 0 OR high >= $min_yuan
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
