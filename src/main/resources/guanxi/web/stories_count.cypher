// How many stories the story reader's filter $q matches ('' for all): the same condition as stories.cypher.
MATCH (s:Story)
WHERE $q = '' OR s.title CONTAINS $q OR s.text CONTAINS $q OR s.doc CONTAINS $q
   OR coalesce(s.dated, '') STARTS WITH $q OR s.id = $q
RETURN count(s) AS total
