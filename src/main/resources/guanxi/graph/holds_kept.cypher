// The title spans kept so far for the [person, title] pairs of a batch (the loader folds the batch's spans into them
// with guanxi.graph.derive.TitleSpan and writes them back with derived_write.cypher), and each person's titles.
UNWIND $rows AS row
MATCH (p:Person {name: row.name})
OPTIONAL MATCH (p)-[h:HOLDS]->(:Title {name: row.title})
RETURN row.name AS name, row.title AS title, elementId(p) AS id, coalesce(p.titles, []) AS titles,
       h IS NOT NULL AS held, h.first_seen AS first, h.last_seen AS last, h.stories AS stories,
       h.first_dated AS first_dated, h.last_dated AS last_dated
