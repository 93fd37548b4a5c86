/**
 * What derives from many stories, computed once for both ways into Neo4j: small pure folds over immutable records.
 * The bulk import ({@code GraphImport}) feeds them from memory as pages pass; the transactional loader
 * ({@code GraphLoader}) reads the stored values they need with plain Cypher reads, folds here, and writes the result
 * back with plain {@code UNWIND ... SET}. A rule changed here changes both graphs alike.
 */
package guanxi.graph.derive;
