// Report: Possible duplicates
// Description: Names that may be one person, company or project: the loader's POSSIBLY_SAME_AS links plus look-alike names (one character apart, an OCR 口, a shorter name inside a longer one), scored lower when both appear in one story.
// @param min_score FLOAT only candidates scored at least this, from 0 to 1 (default 0, e.g. 0.5)
CALL () {
  MATCH (a)-[d:POSSIBLY_SAME_AS]->(b)
  RETURN a, b, 'loader' AS source, d.reason AS reason, coalesce(d.score, 0.5) AS score
  UNION
  // Names one character apart (the surname kept) share the name with that character masked: grouping by
  // mask finds them without comparing every pair of people.
  MATCH (p:Person) WHERE size(p.name) >= 2
  UNWIND range(1, size(p.name) - 1) AS i
  WITH i, left(p.name, i) + '?' + substring(p.name, i + 1) AS mask, p
  WITH i, mask, collect(p) AS people
  // Two-character names one apart are mostly different people; only an OCR placeholder is telling there.
  WHERE size(people) > 1 AND (size(mask) >= 3 OR any(x IN people WHERE substring(x.name, i, 1) = '口'))
  UNWIND people AS a
  UNWIND people AS b
  WITH a, b, substring(a.name, i, 1) + '/' + substring(b.name, i, 1) AS chars
  WHERE a.name < b.name AND (size(a.name) >= 3 OR chars CONTAINS '口')
  RETURN a, b, 'similar name' AS source,
         CASE WHEN chars CONTAINS '口' THEN 'OCR placeholder 口 (' + chars + ')'
              ELSE 'one character differs (' + chars + ')' END AS reason,
         CASE WHEN chars CONTAINS '口' THEN 0.8 ELSE 0.5 END AS score
  UNION
  // Each pair below is found by an index seek per name, not by comparing every pair of companies or projects.
  MATCH (b:Company) WHERE size(b.name) >= 4
  MATCH (a:Company) WHERE a.name CONTAINS b.name AND a <> b
  RETURN a, b, 'similar name' AS source, 'one name contains the other' AS reason, 0.6 AS score
  UNION
  MATCH (a:Company)
  UNWIND coalesce(a.aliases, []) AS alias
  UNWIND range(0, size(alias) - 4) AS from
  UNWIND range(from + 4, size(alias)) AS to
  WITH a, alias, substring(alias, from, to - from) AS part
  WHERE part <> alias
  MATCH (b:Company {name: part}) WHERE a <> b
  RETURN a, b, 'similar name' AS source, 'one name contains the other' AS reason, 0.6 AS score
  UNION
  MATCH (b:Project)
  WITH b, CASE WHEN b.name ENDS WITH '项目' THEN left(b.name, size(b.name) - 2) ELSE b.name END AS shorter
  WHERE size(shorter) >= 4
  MATCH (a:Project) WHERE (a.name ENDS WITH shorter OR a.name ENDS WITH shorter + '项目') AND a <> b
  WITH a, b, shorter,
       CASE WHEN a.name ENDS WITH '项目' THEN left(a.name, size(a.name) - 2) ELSE a.name END AS longer
  WHERE size(longer) > size(shorter) AND longer ENDS WITH shorter
  RETURN a, b, 'similar name' AS source, 'one name ends the other' AS reason, 0.6 AS score
}
WITH a, b, collect(DISTINCT source) AS sources, collect(DISTINCT reason) AS reasons, max(score) AS base_score
WITH a, b, sources, reasons,
     EXISTS { MATCH (a)<-[:MENTIONS]-(:Story)-[:MENTIONS]->(b) } AS same_story,
     COLLECT { MATCH (a)-[:HOLDS]->(t:Title)<-[:HOLDS]-(b) RETURN t.name } AS shared_titles, base_score
// Two names printed in one story are almost always two different things.
WITH a, b, sources, reasons, same_story, shared_titles,
     CASE WHEN same_story THEN base_score * 0.3
          ELSE base_score + CASE WHEN size(shared_titles) > 0 THEN 0.2 ELSE 0.0 END END AS raw
WITH a, b, sources, reasons, same_story, shared_titles, round(CASE WHEN raw > 1.0 THEN 1.0 ELSE raw END, 2) AS score
WHERE score >= $min_score
RETURN labels(a)[0] AS kind, a.name AS name_a, b.name AS name_b, score, reasons, sources, same_story,
       shared_titles,
       COLLECT { MATCH (a)-[:HOLDS]->(t:Title) RETURN t.name } AS titles_a,
       COLLECT { MATCH (b)-[:HOLDS]->(t:Title) RETURN t.name } AS titles_b,
       COUNT { (a)<-[:MENTIONS]-(:Story) } AS stories_a,
       COUNT { (b)<-[:MENTIONS]-(:Story) } AS stories_b
ORDER BY score DESC, kind, name_a
