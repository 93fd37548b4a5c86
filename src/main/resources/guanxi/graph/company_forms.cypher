// For the identity pass: the companies that carry one of the touched companies' printed forms ($phrases: each form as
// a quoted full-text phrase), as their name or as an alias, with all their aliases: the company_forms index
// (schema.cypher) holds each name and alias whole, so the quoted form matches exactly those. A daily update thus reads
// the few companies sharing a form with its own, never every company of the archive.
UNWIND $phrases AS phrase
CALL db.index.fulltext.queryNodes('company_forms', phrase) YIELD node
RETURN DISTINCT node.name AS name, coalesce(node.aliases, []) AS aliases
