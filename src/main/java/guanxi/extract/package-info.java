/**
 * Stories to entities and relations, each with its evidence.
 * <p>
 * {@link guanxi.extract.Pipeline} runs the page reader and then {@link guanxi.extract.Extractor} on each story. The
 * extractor segments every sentence once ({@code Sent}) and applies rule stages in order:
 * <ol>
 *   <li>{@code PersonFinder}: people and the title phrases printed before them ({@code title-name},
 *       {@code title-shared-list}, {@code group-label-list}, {@code name-list}, {@code name-title},
 *       {@code name-role-context}, {@code credit}); later mentions of the same names ({@code known-name});</li>
 *   <li>{@code RoleRules}: names printed in a row form a group; the words after it (带队, 主持, 参加, 陪同,
 *       会见 …) give LED, PRESIDED, ATTENDED, ACCOMPANIED and MET; the story's leader is found here;</li>
 *   <li>{@code EntityRules}: companies (suffixes, 等企业 lists, corporate titles, 以下简称, trade names called on),
 *       projects (项目/工程 names, project lists, 建成了 objects, 建设现场) and investments;</li>
 *   <li>{@code LinkRules}: EXECUTIVE_OF, SUBSIDIARY_OF, INVESTS_IN, VISITED and SIGNED.</li>
 * </ol>
 * Every word list lives in {@code src/main/resources/extract/}. {@link guanxi.extract.ExtractionJson} writes the gold
 * format with evidence; {@link guanxi.extract.Scorer} is the Java port of {@code shared/eval/score.py}.
 * <p>
 * {@link guanxi.extract.PageSource} is the stage every command reads pages through: page files to extracted pages in
 * file order, a bounded window ahead on a pool of threads, each checked by {@link guanxi.extract.FactLimits}, with the
 * rejected files accounted for; {@link guanxi.extract.ExtractedSource} reads {@code extract}'s JSON Lines back as the
 * same pages. Both are {@link guanxi.extract.PageStream}s, which the graph layer consumes as plain iterables.
 */
package guanxi.extract;
