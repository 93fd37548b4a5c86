// guanxi schema, applied (idempotently) at the start of every load.
// One statement per line group, separated by semicolons; comment lines are skipped.

// Keys: one node per story id and per entity name.
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT company_name IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (n:Organization) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT project_name IF NOT EXISTS FOR (n:Project) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT title_name IF NOT EXISTS FOR (n:Title) REQUIRE n.name IS UNIQUE;
// Two loads at once take turns per transaction (guanxi/graph/load_lock.cypher); no node of it stays in the graph.
CREATE CONSTRAINT load_lock IF NOT EXISTS FOR (n:GuanxiLoadLock) REQUIRE n.name IS UNIQUE;

// A page is replaced as a whole: its stories are found by doc. Reports filter and order by date.
CREATE INDEX story_doc IF NOT EXISTS FOR (s:Story) ON (s.doc);
CREATE INDEX story_date IF NOT EXISTS FOR (s:Story) ON (s.date);

// CONTAINS / ENDS WITH on names (reports, one-character-apart candidates); equality and STARTS WITH use the keys.
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE TEXT INDEX company_name_text IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX project_name_text IF NOT EXISTS FOR (n:Project) ON (n.name);
// title-timeline: the titles ending in the one asked for (县长 finds 常务副县长), without reading every title.
CREATE TEXT INDEX title_name_text IF NOT EXISTS FOR (n:Title) ON (n.name);

// A story's facts by index seek ("which facts does story X state"): reports start from a story and find its
// relations here instead of expanding a much-reported official's every relation.
CREATE INDEX accompanied_by_story IF NOT EXISTS FOR ()-[r:ACCOMPANIED]-() ON (r.story);
CREATE INDEX met_by_story IF NOT EXISTS FOR ()-[r:MET]-() ON (r.story);
CREATE INDEX visited_by_story IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.story);
CREATE INDEX signed_by_story IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.story);
CREATE INDEX invests_in_by_story IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.story);
CREATE INDEX executive_of_by_story IF NOT EXISTS FOR ()-[r:EXECUTIVE_OF]-() ON (r.story);
CREATE INDEX subsidiary_of_by_story IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.story);
CREATE INDEX holds_first_seen IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.first_seen);
// Holders by the first dated story naming them so (title-timeline's order). A graph loaded before HOLDS kept its dated
// span lacks it: the span is completed from the stories first (GraphLoader), so a later load never scans every HOLDS.
CREATE INDEX holds_first_dated IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.first_dated);
CREATE INDEX story_dated IF NOT EXISTS FOR (s:Story) ON (s.dated);
// busiest-officials picks the people with the busiest months in index order instead of sorting every person.
CREATE INDEX person_busiest_month IF NOT EXISTS FOR (p:Person) ON (p.busiest_month);
// projects-by-investment and investment-discrepancies read the projects with the highest stated amount and the widest
// spread between their own statements in index order (guanxi.graph.derive.StatedRange) instead of every project.
CREATE INDEX project_investment_high IF NOT EXISTS FOR (p:Project) ON (p.investment_high);
CREATE INDEX project_investment_spread IF NOT EXISTS FOR (p:Project) ON (p.investment_spread);
// investment-discrepancies reads the families (a project and the names ending it) with the widest spread first
// (guanxi.graph.derive.ProjectFamily).
CREATE INDEX project_family_spread IF NOT EXISTS FOR (p:Project) ON (p.family_spread);
// accompaniment-network reads the companions with the most frequent pairs first (guanxi.graph.derive.Accompanied).
CREATE INDEX person_accompanied_most IF NOT EXISTS FOR (p:Person) ON (p.accompanied_most);
// possible-duplicates lists the loader's candidates best first; story-graph finds a story by part of its headline.
CREATE INDEX possibly_same_as_score IF NOT EXISTS FOR ()-[d:POSSIBLY_SAME_AS]-() ON (d.score);
// possible-duplicates reads the candidates tied on the lowest listed score in name order (pair: a, a tab, b).
CREATE INDEX possibly_same_as_score_pair IF NOT EXISTS FOR ()-[d:POSSIBLY_SAME_AS]-() ON (d.score, d.pair);
CREATE TEXT INDEX story_title_text IF NOT EXISTS FOR (s:Story) ON (s.title);

// Retired: (story, date) composites, which a seek by story alone cannot use (graphs loaded by guanxi 0.1).
DROP INDEX accompanied_story IF EXISTS;
DROP INDEX met_story IF EXISTS;
DROP INDEX visited_story IF EXISTS;
DROP INDEX signed_story IF EXISTS;
DROP INDEX invests_in_story IF EXISTS;
DROP INDEX executive_of_story IF EXISTS;
DROP INDEX subsidiary_of_story IF EXISTS;

// Search by name, alias or title. `cjk` indexes overlapping character bigrams: a quoted two- or
// three-character name matches exactly that name, and 李强 does not match 王强 (the default
// `standard-no-stop-words` analyzer OR-s single characters). Chosen by FullTextAnalyzerIT.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Company|Organization|Project) ON EACH [n.name, n.aliases, n.titles]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// The identity pass finds the companies carrying a printed form (a name or an alias) by exact lookup. `keyword` keeps
// each value whole as one term, so a quoted form matches a company only where its name or one of its aliases is that
// form: one posting list read, where a phrase in entity_names reads the bigrams of every longer name holding it (a
// daily update of a million-story archive spent 6 s there; company_forms.cypher).
CREATE FULLTEXT INDEX company_forms IF NOT EXISTS
FOR (c:Company) ON EACH [c.name, c.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
