// Run on the system database when serve is given a password; a restart with the same one keeps it.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
