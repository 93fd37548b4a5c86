// People of a graph loaded before the loads kept activity per month (busiest_month: a load sets it on every person it
// creates): the loader counts their months from all their stories once (person_mentions.cypher,
// guanxi.graph.derive.MonthlyActivity), so that busiest-officials reads every person from its index. No rows, and a
// quick scan, on a graph loaded since.
MATCH (p:Person)
WHERE p.busiest_month IS NULL
RETURN p.name AS name
