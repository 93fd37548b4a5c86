// The identity pass has judged these entities: they no longer wait for it (see identity_pending.cypher).
CALL (*) { UNWIND $persons AS n MATCH (e:Person:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
CALL (*) { UNWIND $companies AS n MATCH (e:Company:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
CALL (*) { UNWIND $projects AS n MATCH (e:Project:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
