namespace Mandaat.Store.Postgres;

/// <summary>
/// The versioned schema. A migration is never edited once released: a change is a new entry, so every
/// database can be brought forward from any earlier version. Tables mirror the SQLite store so that
/// <c>copy</c> moves rows one to one; types are PostgreSQL's own (date, timestamptz, int[]).
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE documents (
                id           text PRIMARY KEY,
                content_hash text NOT NULL UNIQUE,
                path         text NOT NULL,
                format       text NOT NULL,
                kind         text NOT NULL,
                dossier      text,
                number       text,
                session      text,
                date         date,
                subject      text,
                title        text NOT NULL,
                text         text NOT NULL,
                ingested_at  timestamptz NOT NULL
            );
            CREATE INDEX documents_kind ON documents (kind);
            CREATE INDEX documents_dossier ON documents (dossier);
            CREATE INDEX documents_date ON documents (date);
            -- Every rendition (file content) ever ingested, so a second rendition of a paper is recognised.
            CREATE TABLE document_sources (
                content_hash text PRIMARY KEY,
                document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                path         text NOT NULL
            );
            CREATE INDEX document_sources_document ON document_sources (document_id);
            CREATE TABLE signatories (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal     integer NOT NULL,
                name        text NOT NULL,
                office      text NOT NULL,
                span_start  integer NOT NULL,
                span_length integer NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            CREATE TABLE sections (
                document_id    text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                idx            integer NOT NULL,
                parent_idx     integer,
                level          integer NOT NULL,
                heading        text NOT NULL,
                aspect         text,
                heading_start  integer NOT NULL,
                heading_length integer NOT NULL,
                body_start     integer NOT NULL,
                body_length    integer NOT NULL,
                PRIMARY KEY (document_id, idx)
            );
            CREATE TABLE paragraphs (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                idx         integer NOT NULL,
                span_start  integer NOT NULL,
                span_end    integer NOT NULL,
                page        integer,
                PRIMARY KEY (document_id, idx)
            );
            CREATE TABLE questions (
                document_id     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal         integer NOT NULL,
                number          integer NOT NULL,
                question        text NOT NULL,
                answer          text NOT NULL,
                refers_to       integer[] NOT NULL,
                question_start  integer NOT NULL,
                question_length integer NOT NULL,
                answer_start    integer NOT NULL,
                answer_length   integer NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            -- body is the fact's JSON exactly as written (text, not jsonb: jsonb reorders keys, and copy
            -- compares checksums across backends).
            CREATE TABLE facts (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal     integer NOT NULL,
                type        text NOT NULL,
                quote       text NOT NULL,
                span_start  integer NOT NULL,
                span_end    integer NOT NULL,
                page        integer,
                body        text NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            CREATE INDEX facts_type ON facts (type);

            -- Full-text search with PostgreSQL's own Dutch Snowball stemmer after unaccent (Syrië → syrie).
            -- The stemmer is the built-in dutch one, but without its stop-word list: like the SQLite index,
            -- no word is dropped, so phrases stay exact and "de"/"van" queries still mean something.
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE TEXT SEARCH DICTIONARY mandaat_dutch_stem (TEMPLATE = snowball, Language = dutch);
            CREATE TEXT SEARCH CONFIGURATION mandaat_dutch (COPY = pg_catalog.dutch);
            ALTER TEXT SEARCH CONFIGURATION mandaat_dutch
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
                WITH unaccent, mandaat_dutch_stem;
            -- One row per passage: every paragraph, every question with its answer, and the whole document
            -- (for AND/NOT over the document). terms is generated, so it can never disagree with body.
            CREATE TABLE search_units (
                id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                unit        text NOT NULL CHECK (unit IN ('document', 'paragraph', 'question')),
                number      integer NOT NULL,
                span_start  integer NOT NULL,
                span_end    integer NOT NULL,
                body        text NOT NULL,
                terms       tsvector GENERATED ALWAYS AS (to_tsvector('mandaat_dutch', body)) STORED
            );
            CREATE INDEX search_units_terms ON search_units USING gin (terms);
            -- A prefix ("milit*", "militaire*"): the first word's stem and its folded form, each as a prefix
            -- (the index holds stems, so "militaire*" must also look for "militair…"). The tsquery is built
            -- from lexemes the server produced, quoted, so user text never becomes tsquery syntax.
            CREATE FUNCTION mandaat_prefix(word text) RETURNS tsquery LANGUAGE sql STABLE AS $$
                SELECT COALESCE(string_agg(DISTINCT '''' || replace(replace(form, '\', '\\'), '''', '''''') || ''':*', ' | ')::tsquery, ''::tsquery)
                FROM (SELECT token, lexemes FROM ts_debug('mandaat_dutch', word) WHERE cardinality(lexemes) > 0 LIMIT 1) AS first,
                     unnest(first.lexemes || lower(unaccent(first.token))) AS form
            $$;
            CREATE INDEX search_units_document ON search_units (document_id, unit);
            """),
        (2, """
            -- BM25 as on SQLite (see PostgresDocumentStore.Search) needs each passage's length in tokens,
            -- counted at save by Mandaat's analyzer. Passages saved before this version are counted here from
            -- their tsvector (every position of every lexeme), close to the analyzer's count; a re-ingest or
            -- copy counts them exactly. The index lets the corpus average be read without the table.
            ALTER TABLE search_units ADD COLUMN tokens integer;
            UPDATE search_units SET tokens = (SELECT COALESCE(sum(cardinality(positions)), 0) FROM unnest(terms));
            ALTER TABLE search_units ALTER COLUMN tokens SET NOT NULL;
            CREATE INDEX search_units_tokens ON search_units (tokens);
            -- One leaf's share of a passage's BM25, the formula of SQLite FTS5's bm25() with its constants
            -- (k1 = 1.2, b = 0.75, an IDF never below 1e-6): tf occurrences in a passage of tokens tokens, the
            -- leaf found in hits of units passages, avgdl the mean passage length.
            CREATE FUNCTION mandaat_bm25(tf float8, hits float8, units float8, tokens float8, avgdl float8)
            RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE WHEN tf <= 0 THEN 0
                            ELSE greatest(ln((units - hits + 0.5) / (hits + 0.5)), 1e-6)
                                 * tf * (1.2 + 1) / (tf + 1.2 * (1 - 0.75 + 0.75 * tokens / greatest(avgdl, 1)))
                       END
            $$;
            """),
        (8, """
            -- The index holds the terms of Mandaat's analyzer (issue 23), the same as SQLite's: written at save as
            -- tsvector text (TsVectorText: body terms with weight A, compound parts with weight B), no longer made by
            -- PostgreSQL's own Dutch stemmer, which knew neither the compound parts nor Mandaat's plurals and
            -- designations, so the two backends matched differently. The index is emptied here and every stored
            -- document indexed again in the same transaction (PostgresDocumentStore.IndexAgainAsync).
            DROP FUNCTION mandaat_prefix(text);
            DELETE FROM search_units;
            ALTER TABLE search_units DROP COLUMN terms;
            ALTER TABLE search_units ADD COLUMN terms tsvector NOT NULL;
            CREATE INDEX search_units_terms ON search_units USING gin (terms);
            DROP TEXT SEARCH CONFIGURATION mandaat_dutch;
            DROP TEXT SEARCH DICTIONARY mandaat_dutch_stem;
            """),
        (9, """
            -- Versions and official records (issues 21 and 25), as SQLite's version 9. documents keeps each paper's
            -- current version with everything derived from it, so search and the register count that version alone;
            -- every earlier version is kept whole in document_versions as the JSON of its rows (a DocumentRecord).
            -- official holds the metadata an official source gave (JSON of an OfficialRecord); official_sources maps
            -- a source's own ids to the paper they became; import_checkpoints keeps where each import selection
            -- stopped. No foreign key on document_versions: a new version replaces the documents row (delete,
            -- insert) and the earlier versions must outlive that; removing a document removes them explicitly.
            ALTER TABLE documents ADD COLUMN version integer NOT NULL DEFAULT 1;
            ALTER TABLE documents ADD COLUMN official text;
            CREATE TABLE document_versions (
                document_id  text NOT NULL,
                version      integer NOT NULL,
                content_hash text NOT NULL,
                path         text NOT NULL,
                ingested_at  timestamptz NOT NULL,
                replaced_at  timestamptz NOT NULL,
                record       text NOT NULL,
                PRIMARY KEY (document_id, version)
            );
            CREATE TABLE official_sources (
                source       text NOT NULL,
                source_id    text NOT NULL,
                revision     text NOT NULL,
                document_id  text NOT NULL,
                content_hash text NOT NULL,
                fetched_at   timestamptz NOT NULL,
                PRIMARY KEY (source, source_id)
            );
            CREATE TABLE import_checkpoints (
                selection  text PRIMARY KEY,
                state      text NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
        (10, """
            -- The mission register built at ingest (issue 22), as SQLite's version 10. register_entries keeps per current document what
            -- the register needs of it (its links, facts, dates cited; JSON made by the register's projection),
            -- written in the transaction that saves the document and removed with it by the cascade; version names
            -- the catalogue and format it was made under. register_generation is raised by every transaction that
            -- changes documents or entries; register_snapshots keeps what the register made of the entries (the
            -- mission list, each mission, the commitments) under the generation it was made for, so that a page or
            -- /api/missions reads one row instead of every document.
            CREATE TABLE register_entries (
                document_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                version     text NOT NULL,
                entry       text NOT NULL
            );
            CREATE TABLE register_generation (generation bigint NOT NULL);
            INSERT INTO register_generation (generation) VALUES (1);
            CREATE TABLE register_snapshots (
                name  text PRIMARY KEY,
                stamp text NOT NULL,
                body  text NOT NULL
            );
            """),
        (11, """
            -- The official commitments register (issue 21), as SQLite's version 11: the Gegevensmagazijn's Toezegging
            -- of the imported dossiers, its status as a column and the whole commitment as JSON (an OfficialCommitment).
            CREATE TABLE official_commitments (
                id         text PRIMARY KEY,
                number     text,
                status     text NOT NULL,
                record     text NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
        (12, """
            -- The analysis changed again (issue 23), as SQLite's version 12: a compound the curated list does not cover
            -- is split by its parts' frequencies in the record. The index is emptied and every stored document indexed
            -- again in the same transaction (PostgresDocumentStore.IndexAgainAsync).
            DELETE FROM search_units;
            """),
        (14, """
            -- As SQLite's version 14, which indexes a document's renditions by its id; this backend has had the index
            -- since version 1, so the version only keeps both backends' numbers in step.
            CREATE INDEX IF NOT EXISTS document_sources_document ON document_sources (document_id);
            """),
    ];

    public static int Latest => All[^1].Version;
}
