// The graph's indexes and their states, read before cypher/schema.cypher is applied (only what is missing runs) and
// after (db.awaitIndexes only while one is not online yet). A constraint's index carries the constraint's name.
SHOW INDEXES YIELD name, state
RETURN name, state
