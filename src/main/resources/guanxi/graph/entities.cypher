UNWIND $rows AS row
MERGE (:$(row.label) {name: row.name})
