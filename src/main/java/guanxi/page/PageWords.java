package guanxi.page;

import guanxi.model.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The word lists and patterns the page reader uses, loaded once from {@code src/main/resources/page/}
 * (see the README there), each a {@link Lexicon}. Immutable and shared by all threads.
 */
final class PageWords {
    /** A whole-line pattern and the reason a line that matches it is discarded. */
    record NoisePattern(String reason, Pattern pattern) {
    }

    private static final PageWords INSTANCE = load();

    final List<Pattern> leadMarkers;
    final List<NoisePattern> noise;
    final List<String> bylineRoles;
    final List<String> headlineCues;
    final List<String> sectionSuffixes;
    final List<String> planningCues;
    final List<String> historyCues;
    final List<Pattern> progressPatterns;
    final List<String> speechVerbs;
    final List<Pattern> datedOpenings;
    final List<Pattern> leadCredits;
    final List<Pattern> captionMarks;
    final List<Pattern> leadOpenings;
    /** Field names of a website's publishing line (发布时间, 来源, 作者 …). */
    final java.util.Set<String> webMetaKeys;
    /** Words for a day relative to the paper's date, longest first, with their offset in days. */
    final java.util.Map<String, Integer> relativeDays;
    /** Paragraph openings that take up the story above (该项目, 会上, 据了解), see continuation-openings.txt. */
    final List<Pattern> continuationOpenings;
    /** Labels of a story's box (人物名片, 记者手记 …): the box is that story's. */
    final java.util.Set<String> sidebarLabels;

    private PageWords(List<Pattern> leadMarkers, List<NoisePattern> noise, List<String> bylineRoles, List<String> headlineCues, List<String> sectionSuffixes,
                    List<String> planningCues, List<String> historyCues, List<Pattern> progressPatterns,
                    List<String> speechVerbs, List<Pattern> datedOpenings, List<Pattern> leadCredits,
                    List<Pattern> captionMarks, List<Pattern> leadOpenings, List<String> webMetaKeys,
                    java.util.Map<String, Integer> relativeDays, List<Pattern> continuationOpenings,
                    List<String> sidebarLabels) {
        this.leadMarkers = List.copyOf(leadMarkers);
        this.noise = List.copyOf(noise);
        this.bylineRoles = List.copyOf(bylineRoles);
        this.headlineCues = List.copyOf(headlineCues);
        this.sectionSuffixes = List.copyOf(sectionSuffixes);
        this.planningCues = List.copyOf(planningCues);
        this.historyCues = List.copyOf(historyCues);
        this.progressPatterns = List.copyOf(progressPatterns);
        this.speechVerbs = List.copyOf(speechVerbs);
        this.datedOpenings = List.copyOf(datedOpenings);
        this.leadCredits = List.copyOf(leadCredits);
        this.captionMarks = List.copyOf(captionMarks);
        this.leadOpenings = List.copyOf(leadOpenings);
        this.webMetaKeys = java.util.Set.copyOf(webMetaKeys);
        this.relativeDays = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(relativeDays));
        this.continuationOpenings = List.copyOf(continuationOpenings);
        this.sidebarLabels = java.util.Set.copyOf(sidebarLabels);
    }

    static PageWords get() {
        return INSTANCE;
    }

    private static PageWords load() {
        List<NoisePattern> noise = new ArrayList<>();
        for (String[] pair : list("noise-patterns.txt").pairs("\t")) {
            noise.add(new NoisePattern(pair[0], Pattern.compile(pair[1])));
        }
        List<String> roles = new ArrayList<>(lines("byline-roles.txt"));
        roles.sort(Comparator.comparingInt(String::length).reversed());
        return new PageWords(
                patterns("lead-markers.txt"),
                noise,
                roles,
                lines("headline-cues.txt"),
                lines("section-suffixes.txt"),
                lines("year-planning-cues.txt"),
                lines("year-history-cues.txt"),
                patterns("year-progress-patterns.txt"),
                lines("speech-verbs.txt"),
                patterns("dated-openings.txt"),
                patterns("lead-credits.txt"),
                patterns("caption-marks.txt"),
                patterns("lead-openings.txt"),
                lines("web-meta-keys.txt"),
                relativeDays(),
                patterns("continuation-openings.txt"),
                lines("sidebar-labels.txt"));
    }

    private static java.util.Map<String, Integer> relativeDays() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (String[] pair : list("relative-days.txt").pairs("\t")) {
            out.put(pair[0].strip(), Integer.valueOf(pair[1].strip()));
        }
        return out;
    }

    /** Where a lead marker at the start of the line ends (本报6月3日讯|), or -1. */
    int leadMarkerEnd(String matching) {
        for (Pattern p : leadMarkers) {
            java.util.regex.Matcher m = p.matcher(matching);
            if (m.find()) {
                return m.end();
            }
        }
        return -1;
    }

    private static List<Pattern> patterns(String file) {
        return list(file).patterns();
    }

    /** The entries of a word list under {@code /page/}. */
    static List<String> lines(String file) {
        return list(file).entries();
    }

    static Lexicon list(String file) {
        return Lexicon.load("page/" + file);
    }

    boolean isLead(String matching) {
        return leadMarkers.stream().anyMatch(p -> p.matcher(matching).find());
    }

    boolean opensWithDate(String matching) {
        return datedOpenings.stream().anyMatch(p -> p.matcher(matching).find());
    }

    boolean isCaption(String matching) {
        return captionMarks.stream().anyMatch(p -> p.matcher(matching).find());
    }

    /** The reason a whole line is noise, or null. */
    String noiseReason(String matching) {
        for (NoisePattern n : noise) {
            if (n.pattern().matcher(matching).matches()) {
                return n.reason();
            }
        }
        return null;
    }

    boolean startsWithSurname(String name) {
        return Surnames.opens(name);
    }

    int headlineCueCount(String s) {
        return (int) headlineCues.stream().filter(s::contains).count();
    }

    boolean endsWithSectionSuffix(String s) {
        return sectionSuffixes.stream().anyMatch(s::endsWith);
    }
}
