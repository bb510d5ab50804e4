-- Indexes for the review log's filters with a million events (measured in bench/ui.py).
--
-- The decision filter (e.g. every block, newest first) on its own index, so a rare decision
-- combined with other filters does not walk the whole (school_id, at) index.
CREATE INDEX events_school_decision_at ON events (school_id, decision, at);
-- A member of staff's events carry their categories in the index, so the category filter
-- (a LIKE on the space-separated list, which no index can seek) is checked on index entries
-- instead of reading each row of a busy member of staff's year. The rows' order is still
-- (at, seq): SQLite sorts only ties of `at`, PostgreSQL the same.
DROP INDEX events_school_staff_at;
CREATE INDEX events_school_staff_at ON events (school_id, staff_ref, at, categories);
