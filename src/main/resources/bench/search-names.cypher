// Names the bench searches for: $count names of people, companies and projects spread evenly over the sorted
// names, so that common and rare names, short and long ones, are all asked for.
MATCH (n:Person|Company|Project)
WITH n.name AS name ORDER BY name
WITH collect(name) AS names
UNWIND range(0, $count - 1) AS i
WITH names[toInteger(i * size(names) / $count)] AS name
WHERE name IS NOT NULL
RETURN DISTINCT name
