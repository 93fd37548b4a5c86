// Every story naming the given persons, with what the loader derives from it (guanxi.graph.derive): the titles and
// printed form on the MENTIONS, the roles, and the story's date as printed and as Story.dated. A person no story
// names any more is one row without a story, so that what derived from its stories is cleared.
UNWIND $names AS name
MATCH (p:Person {name: name})
OPTIONAL MATCH (p)<-[m:MENTIONS]-(s:Story)
RETURN name, elementId(p) AS id, s IS NOT NULL AS named, coalesce(m.titles, []) AS titles, m.printed AS printed,
       coalesce(m.roles, []) AS roles, s.date AS date, s.dated AS dated
