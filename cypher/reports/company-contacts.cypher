// Report: Company contacts
// Description: Officials who visited, met or signed with a company: directly, through one of its executives, or at a project it invests in.
// @param company STRING part of a company name or alias (optional, e.g. 红星美凯龙)
// @param top INTEGER how many contacts to list, companies in name order; 0 lists all (default 100, e.g. 500)
// Companies are read in name order from their key index and reading stops once enough contacts are found.
MATCH (c:Company)
WHERE c.name >= '' AND ($company IS NULL OR c.name CONTAINS $company OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $company))
CALL (c) {
  MATCH (p:Person)-[r:VISITED|SIGNED]-(c)
  RETURN p, type(r) AS how, null AS via, r
  UNION ALL
  MATCH (p:Person)-[r:MET]-(e:Person)-[x:EXECUTIVE_OF]->(c)
  RETURN p, 'MET' AS how, e.name + coalesce(' (' + x.title + ')', '') AS via, r
  UNION ALL
  MATCH (p:Person)-[r:VISITED]->(j:Project)<-[:INVESTS_IN]-(c)
  RETURN p, 'VISITED' AS how, j.name AS via, r
}
WITH c, p, how, via, r
WHERE NOT EXISTS { (p)-[:EXECUTIVE_OF]->(c) }
ORDER BY c.name, r.date, p.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
OPTIONAL MATCH (s:Story {id: r.story})
RETURN c.name AS company, p.name AS official,
       COLLECT { MATCH (p)-[:HOLDS]->(t:Title) RETURN t.name } AS titles,
       how, via, r.date AS date, s.title AS story, r.evidence AS evidence
ORDER BY company, date, official
