// Names in the graph spelled like the one a report found nothing for: the exact phrase first, then names one
// character away (an OCR misreading, a variant). $query is a Lucene query built from the user's text with every
// special character escaped; $kind is a label or null for any.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE ($kind IS NULL OR $kind IN labels(node)) AND node.name <> $text
RETURN DISTINCT node.name AS name
LIMIT $limit
