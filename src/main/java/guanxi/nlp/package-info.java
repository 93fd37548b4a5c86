/**
 * The only code that touches HanLP: {@link guanxi.nlp.Segmenter} segments text into tagged
 * {@link guanxi.nlp.Token}s with offsets, and {@link guanxi.nlp.Script} reads traditional characters as simplified
 * (same length, so offsets carry over). HanLP loads once per JVM, with custom-dictionary entries for word classes
 * only ({@code nlp/custom-words.txt}: titles such as 执行总裁, 党组成员), never for individual people.
 */
package guanxi.nlp;
