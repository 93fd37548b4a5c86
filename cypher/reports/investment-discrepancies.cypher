// Report: Investment discrepancies
// Description: Projects whose stated investment differs between stories, also across names that differ only by a leading place or a trailing 项目 (绛县抽水蓄能电站项目 ≈ 抽水蓄能电站项目); one row per statement.
// @param min_spread_pct FLOAT only differences of at least this percentage of the lower amount (default 0, e.g. 5)
MATCH (s:Story)-[m:MENTIONS]->(j:Project)
WHERE m.investment_yuan IS NOT NULL
WITH j, CASE WHEN j.name ENDS WITH '项目' THEN left(j.name, size(j.name) - 2) ELSE j.name END AS base,
     collect({name: j.name, yuan: m.investment_yuan, story: s.title, date: s.date, evidence: m.evidence}) AS statements
WITH collect({base: base, statements: statements}) AS projects
UNWIND projects AS head
// A shorter name of at least 4 characters that ends a longer one is the same project seen from further away.
WITH head, projects
WHERE none(o IN projects WHERE o.base <> head.base AND o.base ENDS WITH head.base AND size(head.base) >= 4)
UNWIND [o IN projects WHERE o.base = head.base OR (head.base ENDS WITH o.base AND size(o.base) >= 4)] AS member
UNWIND member.statements AS st
WITH head, collect(st) AS statements, min(st.yuan) AS low, max(st.yuan) AS high
WHERE high > low AND (high - low) * 100.0 / low >= $min_spread_pct
UNWIND statements AS st
RETURN head.statements[0].name AS project, st.name AS name_as_printed, st.yuan AS investment_yuan,
       round(st.yuan / 1.0e8, 2) AS yi, high - low AS spread_yuan, round((high - low) * 100.0 / low, 1) AS spread_pct,
       st.date AS date, st.story AS story, st.evidence AS evidence
ORDER BY spread_pct DESC, project, investment_yuan
