-- A Mandaat SQLite store at schema version 7: version 6 with each search unit's length in tokens and the FTS5
-- tables' totals (search_totals), indexed with the analysis before issue 23 (no compound parts).
-- See README.md for how the tests use this file.
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_version (version, applied_at) VALUES (1, '2026-11-23T12:00:01.0000000+00:00');
INSERT INTO schema_version (version, applied_at) VALUES (2, '2026-11-23T12:00:02.0000000+00:00');
INSERT INTO schema_version (version, applied_at) VALUES (3, '2026-11-23T12:00:03.0000000+00:00');
INSERT INTO schema_version (version, applied_at) VALUES (4, '2026-11-23T12:00:04.0000000+00:00');
INSERT INTO schema_version (version, applied_at) VALUES (5, '2026-11-23T12:00:05.0000000+00:00');
INSERT INTO schema_version (version, applied_at) VALUES (6, '2026-11-23T12:00:06.0000000+00:00');
INSERT INTO schema_version (version, applied_at) VALUES (7, '2026-11-23T12:00:07.0000000+00:00');

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

-- Full-text search. Stemming and folding happen in C# (Mandaat.Search's analyzer); FTS5 only
-- indexes the analysed terms: body holds one term per word in order (for phrases), parts the
-- pieces of hyphenated compounds ("anti-isis" → "anti isis"). Snippets come from the original text.
CREATE TABLE search_units (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit        TEXT NOT NULL CHECK (unit IN ('document', 'paragraph', 'question')),
    number      INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    tokens      INTEGER NOT NULL
);
CREATE INDEX search_units_document ON search_units(document_id);
CREATE INDEX documents_date ON documents(date);
CREATE VIRTUAL TABLE document_fts USING fts5(body, parts, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
CREATE VIRTUAL TABLE passage_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
CREATE TABLE search_totals (
    fts    TEXT PRIMARY KEY CHECK (fts IN ('document_fts', 'passage_fts')),
    rows   INTEGER NOT NULL,
    tokens INTEGER NOT NULL
);
-- FTS5 rows have no foreign key: removing a unit (also by ON DELETE CASCADE) removes its terms.
CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
BEGIN
    DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
    DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
    UPDATE search_totals SET rows = rows - 1, tokens = tokens - old.tokens
    WHERE fts = CASE WHEN old.unit = 'document' THEN 'document_fts' ELSE 'passage_fts' END;
END;
INSERT INTO document_fts (document_fts, rank) VALUES ('automerge', 8);
INSERT INTO passage_fts (passage_fts, rank) VALUES ('automerge', 8);

-- The index as version 7's analysis left it: Snowball terms without the compound parts issue 23 added. It is
-- made here from the fresh store's terms with every parts column emptied, so the test can tell whether the
-- migration indexed the store again: left as it is, its lengths, totals and hits differ from the fresh store's.
INSERT INTO search_units (id, document_id, unit, number, span_start, span_end, tokens)
    SELECT u.id, u.document_id, u.unit, u.number, u.span_start, u.span_end,
           CASE WHEN u.unit = 'document' THEN length(w.body) - length(replace(w.body, ' ', '')) + (w.body <> '')
                ELSE length(p.body) - length(replace(p.body, ' ', '')) + (p.body <> '') END
    FROM fresh.search_units u
    LEFT JOIN temp.whole_terms w ON w.document_id = u.document_id AND u.unit = 'document'
    LEFT JOIN fresh.passage_fts p ON p.rowid = u.id;
INSERT INTO document_fts (rowid, body, parts)
    SELECT u.id, w.body, '' FROM fresh.search_units u JOIN temp.whole_terms w ON w.document_id = u.document_id
    WHERE u.unit = 'document';
INSERT INTO passage_fts (rowid, body, parts) SELECT rowid, body, '' FROM fresh.passage_fts;
INSERT INTO search_totals (fts, rows, tokens)
    SELECT 'document_fts', COUNT(*), IFNULL(SUM(tokens), 0) FROM search_units WHERE unit = 'document';
INSERT INTO search_totals (fts, rows, tokens)
    SELECT 'passage_fts', COUNT(*), IFNULL(SUM(tokens), 0) FROM search_units WHERE unit <> 'document';
