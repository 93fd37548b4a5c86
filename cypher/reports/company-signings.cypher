// Report: Company signings and investments
// Description: What each company signed and with whom, and the projects it invests in with the amount stated in that story.
// @param company STRING part of a company name or alias (optional, e.g. 中信)
// @param top INTEGER how many deals to list, companies in name order; 0 lists all (default 100, e.g. 500)
// Companies are read in name order from their key index and reading stops once enough deals are found.
MATCH (c:Company)
WHERE c.name >= '' AND ($company IS NULL OR c.name CONTAINS $company OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $company))
CALL (c) {
  MATCH (c)-[r:SIGNED]-(other)
  RETURN 'SIGNED' AS deal, other, r, null AS amount
  UNION ALL
  MATCH (c)-[r:INVESTS_IN]->(other:Project)
  OPTIONAL MATCH (:Story {id: r.story})-[m:MENTIONS]->(other)
  RETURN 'INVESTS_IN' AS deal, other, r, coalesce(m.investment_yuan, other.investment_yuan) AS amount
}
WITH c, deal, other, r, amount
ORDER BY c.name, deal, r.date, other.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
OPTIONAL MATCH (s:Story {id: r.story})
RETURN c.name AS company, deal, other.name AS counterpart, labels(other)[0] AS counterpart_kind,
       amount AS investment_yuan, round(amount / 1.0e8, 2) AS yi, r.date AS date, s.title AS story,
       r.evidence AS evidence
ORDER BY company, deal, date, counterpart
