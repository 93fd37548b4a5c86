// Writes title spans as the loader folded them (guanxi.graph.derive.TitleSpan): one HOLDS per person and title.
UNWIND $rows AS row
MATCH (p:Person {name: row.name})
MERGE (t:Title {name: row.title})
MERGE (p)-[h:HOLDS]->(t)
SET h.first_seen = row.first, h.last_seen = row.last, h.stories = row.stories,
    h.first_dated = row.first_dated, h.last_dated = row.last_dated
