// What the identity pass weighs for each named person, read once per person however many candidate pairs it is in:
// everyone named in the same stories (two names in one story are two people) and, bylines excluded, the people
// appeared with.
UNWIND $names AS name
MATCH (p:Person {name: name})
CALL (p) {
  MATCH (p)<-[:MENTIONS]-(:Story)-[m:MENTIONS]->(o:Person)
  WHERE o <> p
  RETURN collect(DISTINCT o.name) AS together, collect(DISTINCT CASE WHEN m.byline IS NULL THEN o.name END) AS companions
}
RETURN name, together, companions
