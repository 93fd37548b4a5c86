// Removes the given persons' titles over time before holds_set.cypher writes them again, recomputed.
UNWIND $names AS name
MATCH (:Person {name: name})-[h:HOLDS]->()
DELETE h
