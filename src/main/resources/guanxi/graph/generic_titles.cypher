// For the identity pass: which of $titles more than $most people hold (IdentityLinker.MAX_HOLDERS_PER_TITLE), counted
// from each Title's HOLDS (a degree, read without expanding them): sharing such a title is no evidence that two names
// one character apart are one person.
UNWIND $titles AS name
MATCH (t:Title {name: name})
WHERE COUNT { (t)<-[:HOLDS]-() } > $most
RETURN t.name AS name
