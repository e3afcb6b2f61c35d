namespace Mandaat.Store.Sqlite;

/// <summary>
/// The versioned schema. A migration is never edited once released: a change is a new entry, so
/// every store can be brought forward from any earlier version.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
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
            """),
        (2, """
            -- Full-text search. Stemming and folding happen in C# (Mandaat.Search's analyzer); FTS5 only
            -- indexes the analysed terms: body holds one term per word in order (for phrases), parts the
            -- pieces of hyphenated compounds ("anti-isis" → "anti isis"). Snippets come from the original text.
            CREATE TABLE search_units (
                id          INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                unit        TEXT NOT NULL CHECK (unit IN ('document', 'paragraph', 'question')),
                number      INTEGER NOT NULL,
                span_start  INTEGER NOT NULL,
                span_end    INTEGER NOT NULL
            );
            CREATE INDEX search_units_document ON search_units(document_id);
            CREATE INDEX documents_date ON documents(date);
            CREATE VIRTUAL TABLE search_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            -- FTS5 rows have no foreign key: removing a unit (also by ON DELETE CASCADE) removes its terms.
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM search_fts WHERE rowid = old.id;
            END;
            """),
        (3, """
            -- Search unit ids now carry their document (see SearchUnitIds): the index is emptied here and
            -- rebuilt from the stored documents right after, with ids in the new layout.
            DELETE FROM search_fts;
            DELETE FROM search_units;
            """),
        (4, """
            -- Whole documents and passages get an FTS5 table each, so each is ranked against its own kind
            -- (IDF and average length over documents, or over passages) and a document search reads the
            -- documents' rows alone, not every passage's. Rows keep their search unit's id; they are moved,
            -- not indexed again.
            CREATE VIRTUAL TABLE document_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            CREATE VIRTUAL TABLE passage_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            INSERT INTO document_fts (rowid, body, parts) SELECT rowid, body, parts FROM search_fts WHERE (rowid & 1048575) = 0;
            INSERT INTO passage_fts (rowid, body, parts) SELECT rowid, body, parts FROM search_fts WHERE (rowid & 1048575) <> 0;
            DROP TRIGGER search_units_delete;
            DROP TABLE search_fts;
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
                DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
            END;
            """),
        (5, """
            -- document_fts's own copy of each document's terms is never read back: snippets come from the
            -- documents' text, passages are scored from passage_fts. A contentless table keeps the index and
            -- drops the copy, a sixth of a store; contentless_delete lets the trigger still remove a row. The
            -- trigger is dropped first, so the rename does not meet a reference to a table that is gone.
            DROP TRIGGER search_units_delete;
            CREATE VIRTUAL TABLE document_index USING fts5(body, parts, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            INSERT INTO document_index (rowid, body, parts) SELECT rowid, body, parts FROM document_fts;
            DROP TABLE document_fts;
            ALTER TABLE document_index RENAME TO document_fts;
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
                DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
            END;
            """),
        (6, """
            -- FTS5 merges a level's segments into one of the next level once it holds 'automerge' of them (4 by
            -- default), so every term is written again once per level. Merging eight at a time makes fewer levels,
            -- so a large ingest writes less and avoids the default's one big merge half-way; a search looks in a
            -- few more segments.
            INSERT INTO document_fts (document_fts, rank) VALUES ('automerge', 8);
            INSERT INTO passage_fts (passage_fts, rank) VALUES ('automerge', 8);
            """),
        (7, """
            -- PassageBm25 computes bm25() in C# for the shown documents' passages and needs each FTS5 table's rows
            -- and tokens. FTS5 keeps them in a record whose layout SQLite does not promise to keep, and counting
            -- them from its fts5vocab tables walks the whole index; so the store keeps them in search_totals. Each
            -- unit's length in FTS5 tokens (both columns) is stored with it; the writer adds it to its table's
            -- totals in the transaction that writes the unit (an insert trigger would make FTS5 write a segment
            -- per unit), and the delete trigger takes it off, also when a document's deletion cascades.
            -- search_units is built again to hold the lengths, measured for the units stored before from the
            -- index itself (an fts5vocab 'instance' table lists every token of every row); the rebuild also gives
            -- every store the same unit CHECK, which version 2 as first released wrote without 'document'.
            CREATE VIRTUAL TABLE temp.document_instances USING fts5vocab(main, document_fts, instance);
            CREATE VIRTUAL TABLE temp.passage_instances USING fts5vocab(main, passage_fts, instance);
            CREATE TEMP TABLE unit_tokens (id INTEGER PRIMARY KEY, tokens INTEGER NOT NULL);
            INSERT INTO temp.unit_tokens (id, tokens) SELECT doc, COUNT(*) FROM temp.document_instances GROUP BY doc;
            INSERT INTO temp.unit_tokens (id, tokens) SELECT doc, COUNT(*) FROM temp.passage_instances GROUP BY doc;
            CREATE TABLE search_units_measured (
                id          INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                unit        TEXT NOT NULL CHECK (unit IN ('document', 'paragraph', 'question')),
                number      INTEGER NOT NULL,
                span_start  INTEGER NOT NULL,
                span_end    INTEGER NOT NULL,
                tokens      INTEGER NOT NULL
            );
            INSERT INTO search_units_measured (id, document_id, unit, number, span_start, span_end, tokens)
                SELECT u.id, u.document_id, u.unit, u.number, u.span_start, u.span_end, IFNULL(t.tokens, 0)
                FROM search_units u LEFT JOIN temp.unit_tokens t ON t.id = u.id;
            DROP TABLE temp.unit_tokens;
            DROP TABLE temp.document_instances;
            DROP TABLE temp.passage_instances;
            -- Its index and delete trigger go with it; no trigger fires for the rows.
            DROP TABLE search_units;
            ALTER TABLE search_units_measured RENAME TO search_units;
            CREATE INDEX search_units_document ON search_units(document_id);
            CREATE TABLE search_totals (
                fts    TEXT PRIMARY KEY CHECK (fts IN ('document_fts', 'passage_fts')),
                rows   INTEGER NOT NULL,
                tokens INTEGER NOT NULL
            );
            INSERT INTO search_totals (fts, rows, tokens)
                SELECT 'document_fts', COUNT(*), IFNULL(SUM(tokens), 0) FROM search_units WHERE unit = 'document';
            INSERT INTO search_totals (fts, rows, tokens)
                SELECT 'passage_fts', COUNT(*), IFNULL(SUM(tokens), 0) FROM search_units WHERE unit <> 'document';
            -- FTS5 rows have no foreign key: removing a unit (also by ON DELETE CASCADE) removes its terms.
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
                DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
                UPDATE search_totals SET rows = rows - 1, tokens = tokens - old.tokens
                WHERE fts = CASE WHEN old.unit = 'document' THEN 'document_fts' ELSE 'passage_fts' END;
            END;
            """),
        (8, """
            -- The analysis changed (issue 23): compounds keep their parts beside them, -ies plurals meet their
            -- singular, F16 is F-16. Terms made before are not what a query now looks for, so the index is emptied
            -- here and every stored document indexed again right after (SqliteDocumentStore.SearchSchemaVersion).
            -- The FTS5 tables are made anew rather than emptied: a contentless table keeps counting deleted rows in
            -- the totals bm25() reads, so an emptied document_fts would rank unlike a fresh store's. The delete
            -- trigger is set aside while the rows go, so the totals are reset once, not row by row.
            DROP TRIGGER search_units_delete;
            DELETE FROM search_units;
            DROP TABLE document_fts;
            DROP TABLE passage_fts;
            CREATE VIRTUAL TABLE document_fts USING fts5(body, parts, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            CREATE VIRTUAL TABLE passage_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            INSERT INTO document_fts (document_fts, rank) VALUES ('automerge', 8);
            INSERT INTO passage_fts (passage_fts, rank) VALUES ('automerge', 8);
            UPDATE search_totals SET rows = 0, tokens = 0;
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
                DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
                UPDATE search_totals SET rows = rows - 1, tokens = tokens - old.tokens
                WHERE fts = CASE WHEN old.unit = 'document' THEN 'document_fts' ELSE 'passage_fts' END;
            END;
            """),
        (9, """
            -- Versions and official records (issues 21 and 25). documents keeps each paper's current version with
            -- everything derived from it, so search and the register count that version alone; every earlier
            -- version is kept whole in document_versions as the JSON of its rows (a DocumentRecord), readable with
            -- show --version. official holds the metadata an official source gave (JSON of an OfficialRecord).
            -- official_sources maps a source's own ids to the paper they became, and import_checkpoints keeps
            -- where each import selection stopped, so an interrupted import resumes and nothing is fetched twice.
            -- No foreign key on document_versions: a new version replaces the documents row (delete, insert)
            -- and the earlier versions must outlive that; removing a document removes them explicitly.
            ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE documents ADD COLUMN official TEXT;
            CREATE TABLE document_versions (
                document_id  TEXT NOT NULL,
                version      INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                path         TEXT NOT NULL,
                ingested_at  TEXT NOT NULL,
                replaced_at  TEXT NOT NULL,
                record       TEXT NOT NULL,
                PRIMARY KEY (document_id, version)
            );
            CREATE TABLE official_sources (
                source       TEXT NOT NULL,
                source_id    TEXT NOT NULL,
                revision     TEXT NOT NULL,
                document_id  TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                fetched_at   TEXT NOT NULL,
                PRIMARY KEY (source, source_id)
            );
            CREATE TABLE import_checkpoints (
                selection  TEXT PRIMARY KEY,
                state      TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """),
        (10, """
            -- The mission register built at ingest (issue 22). register_entries keeps per current document what
            -- the register needs of it (its links, facts, dates cited; JSON made by the register's projection),
            -- written in the transaction that saves the document and removed with it by the cascade; version names
            -- the catalogue and format it was made under. register_generation is raised by every transaction that
            -- changes documents or entries; register_snapshots keeps what the register made of the entries (the
            -- mission list, each mission, the commitments) under the generation it was made for, so that a page or
            -- /api/missions reads one row instead of every document.
            CREATE TABLE register_entries (
                document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                version     TEXT NOT NULL,
                entry       TEXT NOT NULL
            );
            CREATE TABLE register_generation (generation INTEGER NOT NULL);
            INSERT INTO register_generation (generation) VALUES (1);
            CREATE TABLE register_snapshots (
                name  TEXT PRIMARY KEY,
                stamp TEXT NOT NULL,
                body  TEXT NOT NULL
            );
            """),
        (11, """
            -- The official commitments register (issue 21): the Gegevensmagazijn's Toezegging of the imported dossiers,
            -- one row each, its status as a column and the whole commitment as JSON (an OfficialCommitment), shown
            -- beside the commitments Mandaat reads in the papers. Not tied to a document: a commitment is made in a
            -- debate, and the letters that fulfil it may not be stored.
            CREATE TABLE official_commitments (
                id         TEXT PRIMARY KEY,
                number     TEXT,
                status     TEXT NOT NULL,
                record     TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """),
        (12, """
            -- The analysis changed again (issue 23): a compound the curated list does not cover is split by its parts'
            -- frequencies in the record (LearnedCompoundSplitter), so the index is made anew as in version 8 and every
            -- stored document indexed again right after (SqliteDocumentStore.SearchSchemaVersion).
            DROP TRIGGER search_units_delete;
            DELETE FROM search_units;
            DROP TABLE document_fts;
            DROP TABLE passage_fts;
            CREATE VIRTUAL TABLE document_fts USING fts5(body, parts, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            CREATE VIRTUAL TABLE passage_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            INSERT INTO document_fts (document_fts, rank) VALUES ('automerge', 8);
            INSERT INTO passage_fts (passage_fts, rank) VALUES ('automerge', 8);
            UPDATE search_totals SET rows = 0, tokens = 0;
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
                DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
                UPDATE search_totals SET rows = rows - 1, tokens = tokens - old.tokens
                WHERE fts = CASE WHEN old.unit = 'document' THEN 'document_fts' ELSE 'passage_fts' END;
            END;
            """),
        (14, """
            -- A document's renditions by its id (issue 26): without this index every read of a whole document (a page,
            -- show, the register's refresh) scanned every rendition of the store, so reading each of 20,000 papers
            -- grew with the square of the store. PostgreSQL has had it since its first version.
            CREATE INDEX document_sources_document ON document_sources (document_id);
            """),
    ];

    public static int Latest => All[^1].Version;
}
