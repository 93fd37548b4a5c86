// Report: Investment discrepancies
// Description: Projects whose stated investment differs between stories, also across the names the loader links as possibly the same project (one ends the other, 绛县抽水蓄能电站项目 ≈ 抽水蓄能电站项目); one row per statement, widest spread first.
// @param min_spread_pct FLOAT only differences of at least this percentage of the lower amount (default 0, e.g. 5)
// @param top INTEGER how many projects to list; 0 lists all (default 50, e.g. 10)
// A project is listed under its longest name: its POSSIBLY_SAME_AS neighbours whose name (without 项目) ends its own
// are the same project seen from further away. Names are compared without a trailing 项目.
MATCH (j:Project)
WHERE EXISTS { (j)<-[m:MENTIONS]-() WHERE m.investment_yuan IS NOT NULL }
WITH j, CASE WHEN j.name ENDS WITH '项目' THEN left(j.name, size(j.name) - 2) ELSE j.name END AS core
CALL (j, core) {
  MATCH (j)-[:POSSIBLY_SAME_AS]-(o:Project)
  WHERE EXISTS { (o)<-[m:MENTIONS]-() WHERE m.investment_yuan IS NOT NULL }
  WITH o, CASE WHEN o.name ENDS WITH '项目' THEN left(o.name, size(o.name) - 2) ELSE o.name END AS other
  RETURN collect(CASE WHEN core ENDS WITH other THEN o END) AS nearer,
         count(CASE WHEN other <> core AND other ENDS WITH core THEN o END) AS longer
}
WITH j, nearer
WHERE longer = 0
UNWIND [j] + nearer AS member
MATCH (member)<-[m:MENTIONS]-(s:Story)
WHERE m.investment_yuan IS NOT NULL
WITH j, collect({name: member.name, yuan: m.investment_yuan, story: s, evidence: m.evidence}) AS statements,
     min(m.investment_yuan) AS low, max(m.investment_yuan) AS high
WHERE high > low AND (high - low) * 100.0 / low >= $min_spread_pct
WITH j, statements, low, high, round((high - low) * 100.0 / low, 1) AS spread_pct
ORDER BY spread_pct DESC, j.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
UNWIND statements AS st
RETURN j.name AS project, st.name AS name_as_printed, st.yuan AS investment_yuan,
       round(st.yuan / 1.0e8, 2) AS yi, high - low AS spread_yuan, spread_pct,
       st.story.dated AS date, st.story.title AS story, st.evidence AS evidence
ORDER BY spread_pct DESC, project, investment_yuan
