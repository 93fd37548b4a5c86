// For the identity pass: the companies that carry one of the touched companies' printed forms ($rows: form, and the
// form as a quoted full-text phrase), as their name (the key's index) or as an alias (the entity_names full-text
// index finds every value holding the phrase; the exact alias is then checked), with all their aliases. A daily
// update thus reads the few companies sharing a form with its own, never every company of the archive.
UNWIND $rows AS row
CALL (row) {
  MATCH (c:Company {name: row.form})
  RETURN c
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', row.phrase) YIELD node
  WITH node AS c
  WHERE c:Company AND row.form IN coalesce(c.aliases, [])
  RETURN c
}
RETURN DISTINCT c.name AS name, coalesce(c.aliases, []) AS aliases
