-- Declarations of relationships outside school (policy 003, Appendix 1): a member of staff
-- declares that a pupil is, e.g., their child or a relative; an admin approves or rejects it.
-- Approved declarations join the school config's `declarations:` list in the engine.
CREATE TABLE declarations (
    id {serial},
    school_id TEXT NOT NULL REFERENCES schools (id),
    staff_ref TEXT NOT NULL,
    account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    pupil TEXT NOT NULL,
    relationship TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'approved', 'rejected')),
    submitted_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX declarations_school_state ON declarations (school_id, state, id);
CREATE INDEX declarations_school_staff ON declarations (school_id, staff_ref);
