// Marks the entities a batch touched as waiting for the identity pass, in the batch's own transaction: a load killed
// before its identity pass leaves them marked, and the next load or serve (GraphLoader.applySchema) completes the
// pass for them. The identity pass removes the mark (identity_done.cypher).
CALL (*) { UNWIND $persons AS n MATCH (e:Person {name: n}) SET e:GuanxiIdentityPending }
CALL (*) { UNWIND $companies AS n MATCH (e:Company {name: n}) SET e:GuanxiIdentityPending }
CALL (*) { UNWIND $projects AS n MATCH (e:Project {name: n}) SET e:GuanxiIdentityPending }
