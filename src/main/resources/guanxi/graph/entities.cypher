// One node per entity name; returns each node's element id so the batch's other statements seek nodes by id.
// A new person starts with no activity (the loader extends it batch by batch); like every empty list, no months is
// no property.
// Labels are fixed per branch (not dynamic) so each MERGE seeks its key constraint.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Person' MERGE (e:Person {name: row.name})
    ON CREATE SET e.busiest_month = 0 RETURN e
  UNION ALL
  WITH row WHERE row.label = 'Company' MERGE (e:Company {name: row.name}) RETURN e
  UNION ALL
  WITH row WHERE row.label = 'Organization' MERGE (e:Organization {name: row.name}) RETURN e
  UNION ALL
  WITH row WHERE row.label = 'Project' MERGE (e:Project {name: row.name}) RETURN e
}
RETURN row.key AS key, elementId(e) AS id
