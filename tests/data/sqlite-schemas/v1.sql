-- A Mandaat SQLite store at schema version 1 (a18066e): documents and what was found in them, no search index.
-- See README.md for how the tests use this file.
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_version (version, applied_at) VALUES (1, '2026-11-23T12:00:01.0000000+00:00');

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    path         TEXT NOT NULL,
    format       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    dossier      TEXT,
    number       TEXT,
    session      TEXT,
    date         TEXT,
    subject      TEXT,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_kind ON documents(kind);
CREATE INDEX documents_dossier ON documents(dossier);
-- Every rendition (file content) ever ingested, so a second rendition of a paper is recognised.
CREATE TABLE document_sources (
    content_hash TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path         TEXT NOT NULL
);
CREATE TABLE signatories (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    office      TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE sections (
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    parent_idx     INTEGER,
    level          INTEGER NOT NULL,
    heading        TEXT NOT NULL,
    aspect         TEXT,
    heading_start  INTEGER NOT NULL,
    heading_length INTEGER NOT NULL,
    body_start     INTEGER NOT NULL,
    body_length    INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE TABLE paragraphs (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    page        INTEGER,
    PRIMARY KEY (document_id, idx)
);
CREATE TABLE questions (
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    number          INTEGER NOT NULL,
    question        TEXT NOT NULL,
    answer          TEXT NOT NULL,
    refers_to       TEXT NOT NULL,
    question_start  INTEGER NOT NULL,
    question_length INTEGER NOT NULL,
    answer_start    INTEGER NOT NULL,
    answer_length   INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE facts (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    type        TEXT NOT NULL,
    quote       TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    page        INTEGER,
    body        TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX facts_type ON facts(type);
