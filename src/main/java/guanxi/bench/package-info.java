/**
 * Measuring guanxi at archive scale. {@link guanxi.bench.CorpusGenerator} writes a seeded, deterministic
 * corpus of synthetic county-paper pages from the seed stories' sentence patterns (templates and word lists
 * under {@code src/main/resources/bench/}) with the seed pages' layout faults; {@link guanxi.bench.Benchmark}
 * runs the segmenter, the extraction, the load into a fresh embedded Neo4j and every saved report over it in
 * one process and reports {@link guanxi.bench.Figures}. Depends on every pipeline package; only the CLI
 * depends on it.
 */
package guanxi.bench;
