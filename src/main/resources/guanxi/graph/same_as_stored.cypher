// For the identity pass: the POSSIBLY_SAME_AS links the touched entities hold now ($persons, $companies, $projects),
// with their reason and score, so that the pass writes only what its judgement changes (IdentityLinker.write): a
// daily update that touches a much-reported name rewrites none of its links that stay as they were.
CALL () {
  UNWIND $persons AS name
  MATCH (:Person {name: name})-[r:POSSIBLY_SAME_AS]-()
  RETURN 'Person' AS label, r
  UNION
  UNWIND $companies AS name
  MATCH (:Company {name: name})-[r:POSSIBLY_SAME_AS]-()
  RETURN 'Company' AS label, r
  UNION
  UNWIND $projects AS name
  MATCH (:Project {name: name})-[r:POSSIBLY_SAME_AS]-()
  RETURN 'Project' AS label, r
}
RETURN label, startNode(r).name AS a, endNode(r).name AS b, r.reason AS reason, r.score AS score
