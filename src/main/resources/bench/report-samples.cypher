// Values for the saved reports' required parameters, picked from the loaded graph so that each report does
// the work a journalist's question would: the most connected person, story and title (the heaviest case).
// Each block starts with `// @sample PARAM` and returns one row with one column.

// @sample name
MATCH (p:Person)
RETURN p.name AS value ORDER BY COUNT { (p)--() } DESC, value LIMIT 1

// @sample person
MATCH (p:Person)
RETURN p.name AS value ORDER BY COUNT { (p)--() } DESC, value LIMIT 1

// @sample story
MATCH (s:Story)
RETURN s.id AS value ORDER BY COUNT { (s)--() } DESC, value LIMIT 1

// @sample title
MATCH (t:Title)
RETURN t.name AS value ORDER BY COUNT { (t)--() } DESC, value LIMIT 1

// @sample company
MATCH (c:Company)
RETURN c.name AS value ORDER BY COUNT { (c)--() } DESC, value LIMIT 1
