// Serialises writers of one database: the first statement of every load transaction. MERGE on a key under a
// uniqueness constraint (schema.cypher: load_lock) holds the key's index lock until the transaction ends, so a second
// load's transaction waits here until the first commits and then sees its stories; the node itself is deleted
// before the transaction ends and never stays in the graph. Read once the lock is held: how many of $docs (the
// batch's page files; none outside a batch) the graph holds stories of. A batch of pages new to the graph has
// nothing to purge (purge.cypher).
MERGE (l:GuanxiLoadLock {name: 'load'})
DELETE l
RETURN size([doc IN $docs WHERE EXISTS { MATCH (:Story {doc: doc}) }]) AS held
