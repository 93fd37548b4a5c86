// POSSIBLY_SAME_AS links of a graph loaded before the links kept their two names (pair: a, a tab, b, which
// possible-duplicates orders a tie on its score by) get them, a chunk per transaction until none is left; no rows to
// change, and one quick look, on a graph loaded since.
MATCH (a)-[d:POSSIBLY_SAME_AS]->(b)
WHERE d.pair IS NULL
WITH a, b, d
LIMIT $chunk
SET d.pair = a.name + '\t' + b.name
RETURN count(d) AS written
