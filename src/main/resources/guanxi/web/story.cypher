// One story for the reader: its properties and the entities it names, with where the text prints each (MENTIONS
// starts/ends); the printed forms (its name, the form printed in this story when a reviewer renamed it, a company's
// aliases) serve the headline and a MENTIONS loaded without spans.
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.title AS title, coalesce(s.dated, '????-??-??') AS dated, s.doc AS doc,
  coalesce(s.reporters, []) AS reporters, coalesce(s.text, '') AS text,
  COLLECT {
    MATCH (s)-[m:MENTIONS]->(e)
    RETURN {kind: labels(e)[0], name: e.name, printed: m.printed, aliases: coalesce(e.aliases, []),
      starts: coalesce(m.starts, []), ends: coalesce(m.ends, [])}
  } AS mentions
