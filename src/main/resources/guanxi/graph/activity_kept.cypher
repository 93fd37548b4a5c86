// Activity per month kept so far for the persons a batch of new stories shows active (the loader adds the batch's
// months to these and writes them back with derived_write.cypher). busiest is null for a person loaded before
// activity was kept, and a count list of counts is null for one kept before its breakdown by kind was: their months
// are then counted from all their stories (person_mentions.cypher).
UNWIND $names AS name
MATCH (p:Person {name: name})
RETURN name, elementId(p) AS id, p.busiest_month AS busiest, coalesce(p.activity_months, []) AS months,
       {activity_stories: coalesce(p.activity_stories, []), activity_led: coalesce(p.activity_led, []),
        activity_presided: coalesce(p.activity_presided, []), activity_attended: coalesce(p.activity_attended, []),
        activity_accompanied: coalesce(p.activity_accompanied, []), activity_visits: coalesce(p.activity_visits, [])}
         AS counts
