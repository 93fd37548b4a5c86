// A journalist's name search, as the README shows it: the quoted name ($query) against the full-text index over
// names, aliases and titles; the best $limit hits.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.name AS name, score
ORDER BY score DESC
LIMIT $limit
