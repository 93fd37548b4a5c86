// Activity per month kept so far for the persons a batch of new stories shows active (the loader adds the batch's
// months to these and writes them back with derived_write.cypher). busiest is null for a person loaded before
// activity was kept, whose months are then counted from all their stories (person_mentions.cypher).
UNWIND $names AS name
MATCH (p:Person {name: name})
RETURN name, elementId(p) AS id, p.busiest_month AS busiest, coalesce(p.activity_months, []) AS months,
       coalesce(p.activity_stories, []) AS counts
