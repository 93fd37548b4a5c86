// For the identity pass: which of $names (companions two candidates share) are named in more than $most stories
// (IdentityLinker.MAX_JUDGED_STORIES): a much-reported official appeared with most of a county's cast, and sharing
// them is no evidence that two names one character apart are one person. A degree for such a person (a dense node).
UNWIND $names AS name
MATCH (p:Person {name: name})
WHERE COUNT { (p)<-[:MENTIONS]-() } > $most
RETURN p.name AS name
