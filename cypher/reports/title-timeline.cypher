// Report: Title timeline
// Description: Who held a title when: each holder with the first and last story that names them so, in date order; a date without a printed year takes the year of its page, or shows ????.
// @param title STRING the title; a longer title ending in it also counts, a deputy (副) one does not (required, e.g. 县长)
// @param top INTEGER how many holders to list, earliest first; 0 lists all (default 100, e.g. 20)
// @param titles INTEGER how many titles of the stories naming each holder so to list; 0 lists all, earliest first (default 10, e.g. 3)
// Holders are ranked on their stories' dates as the loader keeps them on HOLDS (first_dated, last_dated: the earliest
// and latest Story.dated naming them so; stories: how many); story titles are read for the listed holders only. A
// county head is named so in thousands of stories: only the first $titles found are read (shown in date order), so
// that a title's hundred holders do not mean reading every story of each of them.
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE t.name = $title OR (t.name ENDS WITH $title AND NOT t.name ENDS WITH '副' + $title)
WITH p, t, h.first_dated AS first_seen, h.last_dated AS last_seen, h.stories AS stories
ORDER BY first_seen, p.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
RETURN t.name AS title, p.name AS person, first_seen, last_seen, stories,
       // LIMIT takes no expression of $titles, so "all" is its own branch (only one branch runs per row).
       CASE WHEN $titles = 0
            THEN COLLECT { MATCH (s:Story)-[m:MENTIONS]->(p) WHERE t.name IN m.titles
                           WITH s.title AS story, min(s.dated) AS first RETURN story ORDER BY first }
            ELSE COLLECT { MATCH (s:Story)-[m:MENTIONS]->(p) WHERE t.name IN m.titles
                           WITH DISTINCT s.title AS story, s.dated AS dated LIMIT $titles
                           RETURN story ORDER BY dated, story }
       END AS story_titles
ORDER BY first_seen, person
