// Report: Projects by investment
// Description: Every project with its status, the companies behind it, each stated investment and the spread between the stories that state them, largest first.
// @param min_yuan INTEGER only projects with a stated investment of at least this many yuan; 0 lists all (default 0, e.g. 100000000)
MATCH (j:Project)
CALL (j) {
  OPTIONAL MATCH (s:Story)-[m:MENTIONS]->(j)
  RETURN min(m.investment_yuan) AS low, max(m.investment_yuan) AS high,
         collect(DISTINCT m.investment_yuan) AS amounts, collect(DISTINCT m.status) AS statuses,
         count(DISTINCT s) AS stories, collect(DISTINCT s.title) AS story_titles
}
WITH j, low, high, amounts, statuses, stories, story_titles
WHERE $min_yuan = 0 OR high >= $min_yuan
RETURN j.name AS project,
       coalesce(j.status, statuses[0]) AS status,
       statuses,
       COLLECT { MATCH (c:Company)-[:INVESTS_IN]->(j) RETURN DISTINCT c.name } AS companies,
       [a IN amounts | round(a / 1.0e8, 2)] AS stated_yi,
       low AS low_yuan, high AS high_yuan, high - low AS spread_yuan,
       CASE WHEN low > 0 THEN round((high - low) * 100.0 / low, 1) END AS spread_pct,
       stories, story_titles
ORDER BY coalesce(high, -1) DESC, stories DESC, project
