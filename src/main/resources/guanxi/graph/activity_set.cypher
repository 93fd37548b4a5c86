// Writes persons' activity per month as the loader merged it: months, stories per month, the busiest month's count.
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row.id
SET p.activity_months = row.months, p.activity_stories = row.counts, p.busiest_month = row.busiest
