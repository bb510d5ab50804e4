-- postwarden's schema, written once for SQLite and PostgreSQL (server/db.py fills {serial}).
-- Times are UTC text in one sortable format; JSON is TEXT. Every row that belongs to a
-- school carries school_id, so one trust database serves many schools and no query reads
-- across them by accident.

CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- school_id NULL: a trust-wide account. staff_ref: how the proxies name this member of
-- staff (their directory login), which links them to their own events.
CREATE TABLE accounts (
    id {serial},
    school_id TEXT REFERENCES schools (id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('staff', 'reviewer', 'admin')),
    staff_ref TEXT,
    password_hash TEXT,
    disabled_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX accounts_staff_ref ON accounts (school_id, staff_ref);

-- id_hash: SHA-256 of the cookie's value; the value itself is never stored.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_failures (
    id {serial},
    key TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

-- Bearer tokens for machines: each proxy has its own; extension tokens are per device group.
CREATE TABLE tokens (
    id {serial},
    school_id TEXT NOT NULL REFERENCES schools (id),
    kind TEXT NOT NULL CHECK (kind IN ('proxy', 'extension')),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    disabled_at TEXT
);

-- A batch a proxy has delivered: a retried batch is answered from here and stored once.
CREATE TABLE ingest_batches (
    token_id BIGINT NOT NULL REFERENCES tokens (id),
    batch_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    PRIMARY KEY (token_id, batch_id)
);

-- One monitored action. The columns are what reviewers filter on; body is the rest of the
-- event (JSON), already minimised to the retention settings' content level.
CREATE TABLE events (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    school_id TEXT NOT NULL REFERENCES schools (id),
    source TEXT NOT NULL,
    staff_ref TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT 'allow',
    effect TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'checked',
    kind TEXT NOT NULL CHECK (kind IN ('usage', 'flagged', 'unchecked')),
    categories TEXT NOT NULL DEFAULT '',
    acknowledged INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT,
    excerpt TEXT,
    body TEXT NOT NULL,
    retain_until TEXT NOT NULL,
    triage TEXT NOT NULL DEFAULT 'none'
        CHECK (triage IN ('none', 'new', 'in_review', 'escalated_dsl', 'escalated_hr', 'closed')),
    assignee_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    triage_updated_at TEXT
);
CREATE INDEX events_school_at ON events (school_id, at);
CREATE INDEX events_school_staff_at ON events (school_id, staff_ref, at);
CREATE INDEX events_school_triage_at ON events (school_id, triage, at);
CREATE INDEX events_school_kind_at ON events (school_id, kind, at);
CREATE INDEX events_retain ON events (retain_until);

-- Reviewers' notes, and staff comments or challenges on their own events.
CREATE TABLE event_notes (
    id {serial},
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    school_id TEXT NOT NULL REFERENCES schools (id),
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'comment', 'challenge')),
    text TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX event_notes_event ON event_notes (event_id);

-- A warning the member of staff read and chose to proceed past (with a justification where
-- the pack asks for one). post_hash ties it to exactly one draft.
CREATE TABLE acknowledgements (
    id {serial},
    school_id TEXT NOT NULL REFERENCES schools (id),
    staff_ref TEXT NOT NULL,
    post_hash TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL,
    rules TEXT NOT NULL DEFAULT '[]',
    justification TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    retain_until TEXT NOT NULL
);
CREATE INDEX acknowledgements_post ON acknowledgements (school_id, staff_ref, post_hash);

-- "This is wrong": a false positive reported from the extension.
CREATE TABLE reports (
    id {serial},
    school_id TEXT NOT NULL REFERENCES schools (id),
    staff_ref TEXT NOT NULL,
    post_hash TEXT NOT NULL DEFAULT '',
    event_id TEXT,
    rules TEXT NOT NULL DEFAULT '[]',
    comment TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    created_at TEXT NOT NULL,
    retain_until TEXT NOT NULL
);
CREATE INDEX reports_school_state ON reports (school_id, state, created_at);

-- Append-only, chained: hash = SHA-256(prev_hash || canonical row). audit_head holds the
-- newest (seq, hash), which appends update under the same transaction (one writer at a
-- time, on either database), and the base the chain starts from after old rows are purged.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    school_id TEXT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_school_at ON audit_log (school_id, at);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    base_seq BIGINT NOT NULL,
    base_hash TEXT NOT NULL
);

-- Settings an admin changes in the UI (the rest is in the config files). school_id '*' is
-- the trust's.
CREATE TABLE settings (
    school_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (school_id, key)
);
