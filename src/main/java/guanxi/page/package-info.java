/**
 * Pages into stories, the first stage of the pipeline.
 *
 * <p>{@link guanxi.page.PageFiles} finds page files and decodes them into {@link guanxi.model.Page}s
 * (rejecting what is not a page with a one-line reason); {@link guanxi.page.PageReader} cuts a page
 * into {@link guanxi.model.Story} records with headline, date, byline, verbatim body and sentences,
 * and lists every line it set aside with the reason. The reader is pure: the same page gives the
 * same stories and ids.
 *
 * <p>How a page is read: each line is classified on its own (lead, headline-shaped, byline, body,
 * noise), each knowing the blank lines above it; {@code PageLayout} groups lines into stories around
 * leads, headlines, bylines and strong blank-line gaps, weighing the text (lead shape, shared words)
 * before it cuts, and repairs OCR layout faults from the layout and the text (sentence continuity,
 * shared words), never from line numbers; {@code StoryDates} reads the date with the year rules; {@code Sentences} splits bodies.
 * Word lists and patterns are resource files under {@code src/main/resources/page/}. Matching works
 * on a same-length NFKC form of the text, so offsets stay valid in the verbatim text.
 */
package guanxi.page;
