// What the identity pass weighs for each person: titles held, people appeared with (bylines excluded), and
// everyone named in the same stories (two names in one story are two people).
UNWIND $names AS name
MATCH (p:Person {name: name})
RETURN name, coalesce(p.titles, []) AS titles,
       COLLECT { MATCH (p)<-[:MENTIONS]-(:Story)-[m:MENTIONS]->(x:Person) WHERE x <> p AND m.byline IS NULL
                 RETURN DISTINCT x.name } AS companions,
       COLLECT { MATCH (p)<-[:MENTIONS]-(:Story)-[:MENTIONS]->(x:Person) WHERE x <> p RETURN DISTINCT x.name } AS together
