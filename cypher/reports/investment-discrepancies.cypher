// Report: Investment discrepancies
// Description: Projects whose stated investment differs between stories, also across the names the loader links as possibly one project (one name ends the other, 绛县抽水蓄能电站项目 ≈ 抽水蓄能电站项目); one row per statement, widest spread first.
// @param min_spread_pct FLOAT only differences of at least this percentage of the lower amount (default 0, e.g. 5)
// @param top INTEGER how many projects to list; 0 lists all (default 50, e.g. 10)
// A project is listed under its longest name: a POSSIBLY_SAME_AS neighbour whose name ends it (compared without a
// trailing 项目) is the same project seen from further away. The loads keep on each stating project its family's range
// (family_low, family_high: its own amounts and those of the neighbours under it) and, on the longest names, the
// family's spread (family_spread, indexed; guanxi.graph.derive.ProjectFamily, written after the identity pass): the
// $top widest families set a bar (less a margin, so that ties on the rounded figure are all read) and only the
// families reaching it are read, in index order. The statements themselves are read for the listed projects only.
// A graph loaded by an older version (no project has a family yet, until a load or serve completes it) reads every
// project of a POSSIBLY_SAME_AS family, and one older still (no ranges) each stating project's statements, as before.
WITH NOT EXISTS { MATCH (x:Project) WHERE x.family_spread IS NOT NULL } AS unfamilied
CALL (unfamilied) {
  UNWIND CASE WHEN unfamilied THEN [] ELSE [true] END AS families
  CALL () {
    MATCH (o:Project)
    WHERE o.family_spread > 0 AND o.family_spread >= $min_spread_pct
    WITH o.family_spread AS spread
    ORDER BY spread DESC
    LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
    RETURN CASE WHEN $top > 0 AND count(spread) = $top THEN min(spread) - 0.1 END AS bar
  }
  MATCH (j:Project)
  WHERE j.family_spread >= coalesce(bar, 0.0) AND j.family_spread > 0 AND j.family_spread >= $min_spread_pct
  RETURN j, j.family_low AS low, j.family_high AS high
  UNION ALL
  UNWIND CASE WHEN unfamilied THEN [true] ELSE [] END AS fallback
  WITH NOT EXISTS { MATCH (x:Project) WHERE x.investment_high IS NOT NULL } AS older
  CALL () {
    MATCH (o:Project)
    WHERE o.investment_spread > 0 AND o.investment_spread >= $min_spread_pct
      AND NOT EXISTS { (o)-[:POSSIBLY_SAME_AS]-() }
    WITH o.investment_spread AS spread
    ORDER BY spread DESC
    LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
    RETURN CASE WHEN $top > 0 AND count(spread) = $top THEN min(spread) - 0.1 END AS bar
  }
  CALL (older, bar) {
    MATCH (o:Project)
    WHERE o.investment_spread >= coalesce(bar, 0.0) AND o.investment_spread > 0
      AND o.investment_spread >= $min_spread_pct AND NOT EXISTS { (o)-[:POSSIBLY_SAME_AS]-() }
    RETURN o, o.investment_low AS low, o.investment_high AS high
    UNION ALL
    MATCH (o:Project)
    WHERE o.investment_high IS NOT NULL AND EXISTS { (o)-[:POSSIBLY_SAME_AS]-() }
    RETURN o, o.investment_low AS low, o.investment_high AS high
    UNION ALL
    UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
    MATCH (o:Project)
    WHERE o.investment_yuan IS NOT NULL
    CALL (o) {
      MATCH (o)<-[m:MENTIONS]-()
      WHERE m.investment_yuan IS NOT NULL
      RETURN min(m.investment_yuan) AS low, max(m.investment_yuan) AS high
    }
    RETURN o, low, high
  }
  WITH o, low, high, CASE WHEN o.name ENDS WITH '项目' THEN left(o.name, size(o.name) - 2) ELSE o.name END AS core
  CALL (o, core) {
    OPTIONAL MATCH (o)-[:POSSIBLY_SAME_AS]-(j)
    WHERE j.investment_yuan IS NOT NULL
    WITH j, CASE WHEN j.name ENDS WITH '项目' THEN left(j.name, size(j.name) - 2) ELSE j.name END AS other
    RETURN collect(CASE WHEN other ENDS WITH core THEN j END) AS under,
           count(CASE WHEN other <> core AND other ENDS WITH core THEN j END) = 0 AS longest
  }
  UNWIND [{project: o, longest: longest}] + [j IN under | {project: j}] AS share
  WITH share.project AS j, min(low) AS low, max(high) AS high, any(x IN collect(share.longest) WHERE x) AS longest
  WHERE longest AND high > low AND (high - low) * 100.0 / low >= $min_spread_pct
  RETURN j, low, high
}
WITH j, low, high, round((high - low) * 100.0 / low, 1) AS spread_pct
ORDER BY spread_pct DESC, j.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
WITH j, low, high, spread_pct, CASE WHEN j.name ENDS WITH '项目' THEN left(j.name, size(j.name) - 2) ELSE j.name END AS core
UNWIND [j] + COLLECT { MATCH (j)-[:POSSIBLY_SAME_AS]-(o)
                       WHERE core ENDS WITH CASE WHEN o.name ENDS WITH '项目' THEN left(o.name, size(o.name) - 2) ELSE o.name END
                       RETURN o } AS member
MATCH (member)<-[m:MENTIONS]-(s:Story)
WHERE m.investment_yuan IS NOT NULL
RETURN j.name AS project, member.name AS name_as_printed, m.investment_yuan AS investment_yuan,
       round(m.investment_yuan / 1.0e8, 2) AS yi, high - low AS spread_yuan, spread_pct,
       s.dated AS date, s.title AS story, m.evidence AS evidence
ORDER BY spread_pct DESC, project, investment_yuan
