// A company's aliases: every other form printed for it in any story, including names merged into it by a resolution
// (none: no property).
UNWIND $names AS name
MATCH (c:Company {name: name})
CALL (c) {
  OPTIONAL MATCH (:Story)-[m:MENTIONS]->(c)
  UNWIND coalesce(m.aliases, []) + coalesce(m.printed, []) AS alias
  WITH DISTINCT alias WHERE alias <> c.name
  RETURN collect(alias) AS aliases
}
SET c.aliases = CASE WHEN size(aliases) > 0 THEN aliases END
