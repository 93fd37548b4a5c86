// One story for the reader: its properties and the entities it names. MENTIONS carries no character spans, so the
// reader finds each entity's printed forms (its name, the form printed in this story when a reviewer renamed it, a
// company's aliases) in the text.
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.title AS title, coalesce(s.dated, '????-??-??') AS dated, s.doc AS doc,
  coalesce(s.reporters, []) AS reporters, coalesce(s.text, '') AS text,
  COLLECT {
    MATCH (s)-[m:MENTIONS]->(e)
    RETURN {kind: labels(e)[0], name: e.name, printed: m.printed, aliases: coalesce(e.aliases, [])}
  } AS mentions
