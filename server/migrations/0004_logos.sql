-- Logos an admin uploaded in the web UI (/admin/logos), per school, kept in the database
-- (not the server's files) because a trust runs several servers on one database. They join
-- the school config's `logos:` in the logo detector (server/school_data.py).
CREATE TABLE logos (
    id {serial},
    school_id TEXT NOT NULL REFERENCES schools (id),
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    data {blob} NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX logos_school ON logos (school_id, id);
