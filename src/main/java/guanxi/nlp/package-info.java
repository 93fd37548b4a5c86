/**
 * The only code that touches HanLP: {@link guanxi.nlp.Segmenter} segments text into tagged
 * {@link guanxi.nlp.Token}s with offsets, and {@link guanxi.nlp.Script} reads traditional characters as simplified
 * (same length, so offsets carry over). HanLP loads once per JVM, with custom-dictionary entries for word classes
 * only ({@code nlp/custom-words.txt}: titles such as 执行总裁, 党组成员), never for individual people; the few core
 * words that come out wrong in news prose are cut or retagged after segmenting ({@code nlp/word-fixes.txt}).
 */
package guanxi.nlp;
