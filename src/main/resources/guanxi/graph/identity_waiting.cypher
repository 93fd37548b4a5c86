// Entities a killed load wrote but its identity pass never judged (marked by derived_write.cypher).
MATCH (e:GuanxiIdentityPending)
RETURN [l IN labels(e) WHERE l <> 'GuanxiIdentityPending'][0] AS label, e.name AS name
