// Titles over time, extended by a batch of new stories (for people no replaced page touched; those are recomputed
// whole by holds.cypher). Each row sums one person's title over the batch: earliest and latest date, story count.
// Full dates (YYYY-MM-DD) outrank month-day dates, as in holds.cypher; first_dated/last_dated are the earliest and
// latest Story.dated (title-timeline ranks holders by them), '?' below the digits for the latest as in holds.cypher.
UNWIND $rows AS row
MATCH (p:Person {name: row.name})
MERGE (t:Title {name: row.title})
MERGE (p)-[h:HOLDS]->(t)
ON CREATE SET h.first_seen = row.first, h.last_seen = row.last, h.stories = row.stories,
  h.first_dated = row.first_dated, h.last_dated = row.last_dated
ON MATCH SET
  h.first_seen = CASE
    WHEN row.first IS NULL THEN h.first_seen
    WHEN h.first_seen IS NULL THEN row.first
    WHEN size(row.first) <> size(h.first_seen) THEN CASE WHEN size(row.first) = 10 THEN row.first ELSE h.first_seen END
    WHEN row.first < h.first_seen THEN row.first ELSE h.first_seen END,
  h.last_seen = CASE
    WHEN row.last IS NULL THEN h.last_seen
    WHEN h.last_seen IS NULL THEN row.last
    WHEN size(row.last) <> size(h.last_seen) THEN CASE WHEN size(row.last) = 10 THEN row.last ELSE h.last_seen END
    WHEN row.last > h.last_seen THEN row.last ELSE h.last_seen END,
  h.stories = h.stories + row.stories,
  h.first_dated = CASE WHEN row.first_dated < h.first_dated THEN row.first_dated ELSE h.first_dated END,
  h.last_dated = CASE WHEN replace(row.last_dated, '?', '!') > replace(h.last_dated, '?', '!') THEN row.last_dated ELSE h.last_dated END
WITH p, row
WHERE NOT row.title IN coalesce(p.titles, [])
SET p.titles = coalesce(p.titles, []) + row.title
