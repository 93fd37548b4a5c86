// What the identity pass weighs for each named person, read once per person however many candidate pairs it is in:
// per story of theirs, the people it names other than in its byline and the byline's people (Story.people and
// Story.bylined, kept by both loaders). The pass folds them with guanxi.graph.derive.Companions, as the bulk import
// does from the stories it passed. One list per story instead of every mention of every story: a daily update of a
// million-story graph reads some 70,000 contexts, and expanding their stories' mentions was the largest part of its
// identity pass. A story without the lists (loaded by an older version, or naming nobody outside its byline) is
// read from its mentions as before (a CASE evaluates only the branch it takes).
UNWIND $names AS name
MATCH (p:Person {name: name})
OPTIONAL MATCH (p)<-[:MENTIONS]-(s:Story)
WITH name, s, s.people IS NULL AS counted
RETURN name,
       collect(CASE WHEN counted THEN [(s)-[m:MENTIONS]->(o:Person) WHERE m.byline IS NULL | o.name]
                    ELSE s.people END) AS people,
       collect(CASE WHEN counted THEN [(s)-[m:MENTIONS]->(o:Person) WHERE m.byline IS NOT NULL | o.name]
                    ELSE coalesce(s.bylined, []) END) AS bylined
