// Every node for the GraphML export: its id, kind (first label), the text a picture labels it with, and the two
// properties worth a column in Gephi.
MATCH (n)
RETURN elementId(n) AS id, labels(n)[0] AS kind, coalesce(n.name, n.title, n.id) AS label,
       n.date AS date, n.investment_yuan AS investment_yuan
