// Report: Possible duplicates
// Description: Names that may be one person, company or project, as the loader's identity pass links them (POSSIBLY_SAME_AS): people one character apart who share a title few people hold or a companion not named in over 100 stories, and never appear in one story, companies sharing a printed form, projects where one name ends the other; highest score first, with whether the two share a story and titles.
// @param min_score FLOAT only candidates scored at least this, from 0 to 1 (default 0, e.g. 0.5)
// @param kind STRING only Person, Company or Project (optional, e.g. Person)
// @param top INTEGER how many candidate pairs to list; 0 lists all (default 100, e.g. 20)
// The ranking reads the links' scores alone; shared stories, titles and story counts are read for the listed pairs
// only. The links above the lowest listed score are fewer than $top; those at it (thousands share a score on a large
// archive) are read in name order from the index on (score, pair), each link keeping its two names (pair: a, a tab,
// b), at most $top of them. A graph loaded by an older version (no link has its names yet, until a load or serve
// completes them) reads every link at the lowest listed score with its names, as before.
CALL () {
  MATCH (a)-[d:POSSIBLY_SAME_AS]->()
  WHERE d.score >= $min_score AND ($kind IS NULL OR $kind IN labels(a))
  WITH d.score AS score
  ORDER BY score DESC
  LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
  RETURN min(score) AS lowest
}
WITH lowest, EXISTS { MATCH ()-[d:POSSIBLY_SAME_AS]->() WHERE d.pair IS NOT NULL } AS paired
CALL (lowest, paired) {
  MATCH (a)-[d:POSSIBLY_SAME_AS]->(b)
  WHERE d.score > lowest AND paired
  RETURN a, b, d
  UNION ALL
  MATCH (a)-[d:POSSIBLY_SAME_AS]->(b)
  USING INDEX d:POSSIBLY_SAME_AS(score, pair)
  WHERE d.score = lowest AND d.pair IS NOT NULL AND paired AND ($kind IS NULL OR $kind IN labels(a))
  WITH a, b, d
  // By score too (one value here): that is the index's order, which the planner then reads instead of sorting.
  ORDER BY d.score, d.pair
  LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
  RETURN a, b, d
  UNION ALL
  UNWIND CASE WHEN paired THEN [] ELSE [true] END AS older
  MATCH (a)-[d:POSSIBLY_SAME_AS]->(b)
  WHERE d.score >= lowest
  RETURN a, b, d
}
WITH a, b, d, d.score AS score
WHERE ($kind IS NULL OR $kind IN labels(a))
ORDER BY score DESC, a.name, b.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
// Walk from the less mentioned of the two: a busy name's stories are never all read.
WITH a, b, d, score,
     COUNT { (a)<-[:MENTIONS]-() } AS stories_a, COUNT { (b)<-[:MENTIONS]-() } AS stories_b
WITH a, b, d, score, stories_a, stories_b,
     CASE WHEN stories_a <= stories_b THEN [a, b] ELSE [b, a] END AS pair
WITH a, b, d, score, stories_a, stories_b, pair[0] AS rarer, pair[1] AS other
RETURN labels(a)[0] AS kind, a.name AS name_a, b.name AS name_b, score, d.reason AS reason,
       // Whether one story names both: joined on the story when the two together are named in fewer than twenty times
       // the rarer's stories (each story names about twenty entities, which the check from the rarer's side reads);
       // from the rarer's side, story by story, when the other is much reported.
       CASE WHEN stories_a + stories_b <= 20 * CASE WHEN stories_a <= stories_b THEN stories_a ELSE stories_b END
            THEN EXISTS { MATCH (rarer)<-[:MENTIONS]-(s:Story)-[:MENTIONS]->(other) USING JOIN ON s }
            ELSE EXISTS { MATCH (rarer)<-[:MENTIONS]-(s:Story) WHERE EXISTS { (s)-[:MENTIONS]->(other) } } END AS same_story,
       COLLECT { MATCH (a)-[:HOLDS]->(t:Title)<-[:HOLDS]-(b) RETURN t.name } AS shared_titles,
       COLLECT { MATCH (a)-[:HOLDS]->(t:Title) RETURN t.name } AS titles_a,
       COLLECT { MATCH (b)-[:HOLDS]->(t:Title) RETURN t.name } AS titles_b,
       stories_a, stories_b
ORDER BY score DESC, name_a, name_b
