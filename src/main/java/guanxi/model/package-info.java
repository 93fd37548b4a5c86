/**
 * Plain immutable records that flow through the pipeline: pages, stories, sentences,
 * entity mentions, relations and their provenance. No behaviour beyond small derived views;
 * every other package depends on this one and this one depends on nothing.
 */
package guanxi.model;
