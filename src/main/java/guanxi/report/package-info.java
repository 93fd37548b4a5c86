/**
 * Saved Cypher reports: {@code cypher/reports/NAME.cypher} files with a comment header (title,
 * description, typed parameters), bound from {@code k=v} strings, run read-only through the Java driver
 * with parameters as a map (never pasted into the query), and written as an aligned table, CSV or JSON.
 * Also writes the Browser guide that offers every report as a clickable query.
 */
package guanxi.report;
