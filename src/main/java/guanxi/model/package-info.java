/**
 * Plain immutable records that flow through the pipeline: pages, stories, sentences,
 * entity mentions, relations and their provenance. No behaviour beyond small derived views, and
 * {@link guanxi.model.Resources}, the one reader of the files guanxi ships (lexicons, Cypher, style, guide), and
 * {@link guanxi.model.Lexicon}, the one type of a shipped word list;
 * every other package depends on this one and this one depends on nothing.
 */
package guanxi.model;
