// Activity per month kept so far for the persons a batch of new stories shows active (the loader adds the batch's
// months to these and writes them back with derived_write.cypher): the months, and each count list named in
// $columns, in that order (guanxi.graph.derive.MonthlyActivity.COLUMNS). busiest is null for a person loaded before
// activity was kept, and a count list is missing (read as empty) for one kept before its breakdown by kind was: their
// months are then counted from all their stories (person_mentions.cypher).
UNWIND $names AS name
MATCH (p:Person {name: name})
RETURN name, elementId(p) AS id, p.busiest_month AS busiest, coalesce(p.activity_months, []) AS months,
       [column IN $columns | coalesce(p[column], [])] AS counts
