// POSSIBLY_SAME_AS links of a graph loaded before the links kept their two names (pair: a, a tab, b, which
// possible-duplicates orders a tie on its score by) get them: one pass over the links, committed every $chunk (run
// outside a managed transaction); nothing to write on a graph loaded since.
MATCH (a)-[d:POSSIBLY_SAME_AS]->(b)
WHERE d.pair IS NULL
CALL (a, b, d) {
  SET d.pair = a.name + '\t' + b.name
} IN TRANSACTIONS OF $chunk ROWS
