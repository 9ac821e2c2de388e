-- crosscheck warehouse schema. The tables of ../shared/CONTRACT.md come first; the rest are
-- bookkeeping and extra detail. Uniqueness of ids is enforced by the writers and checked by the
-- integrity expectations (DuckDB primary keys would refuse the very rows the checks must catch).

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR NOT NULL,   -- stable id derived from the content
    source_path  VARCHAR NOT NULL,   -- relative to the landing folder
    title        VARCHAR,
    text         VARCHAR NOT NULL,   -- cleaned text; every claim offset indexes into it
    outlet       VARCHAR,
    published_at TIMESTAMP,
    url          VARCHAR,
    format       VARCHAR,
    removed_lines INTEGER,           -- boilerplate lines dropped by clean
    cleaned_at   TIMESTAMP
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id     VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,   -- figure | title | quote
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    value        DOUBLE,
    value_low    DOUBLE,
    value_high   DOUBLE,
    unit         VARCHAR,
    subject      VARCHAR,
    speaker      VARCHAR,            -- canonical after resolve
    person       VARCHAR,            -- canonical after resolve
    title        VARCHAR,
    group_id     VARCHAR,
    change       VARCHAR,            -- = ~ > < up down
    place        VARCHAR,
    time_ref     VARCHAR,
    hypothetical BOOLEAN DEFAULT false,
    sentence     VARCHAR,
    speaker_as_written VARCHAR,
    person_as_written  VARCHAR,
    role         VARCHAR,            -- title claims: normalised role
    scope        VARCHAR,            -- title claims: country or body the role is for
    flag         VARCHAR,            -- worst anomaly severity touching this claim
    in_headline  BOOLEAN DEFAULT false
);

CREATE TABLE IF NOT EXISTS entities (
    entity_id  VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,     -- person | org | place
    aliases    VARCHAR[],
    n_mentions INTEGER,
    n_articles INTEGER
);

CREATE TABLE IF NOT EXISTS figure_groups (
    group_id        VARCHAR NOT NULL,
    label           VARCHAR,
    unit            VARCHAR,
    n_claims        INTEGER,
    n_articles      INTEGER,
    outlets         VARCHAR[],
    speakers        VARCHAR[],
    min_value       DOUBLE,
    max_value       DOUBLE,
    consensus_value DOUBLE,
    spread          DOUBLE,
    status          VARCHAR,          -- consistent | disputed | inconsistent
    claim_ids       VARCHAR[],
    event_places    VARCHAR[]         -- the places of the group's event its figures were read against
);

CREATE TABLE IF NOT EXISTS anomalies (
    anomaly_id  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,     -- figure_mismatch | title_mismatch | name_variant | ...
    severity    VARCHAR NOT NULL,     -- error | warning | info
    claim_ids   VARCHAR[],
    message     VARCHAR NOT NULL,
    group_id    VARCHAR,
    person      VARCHAR,
    expectation VARCHAR,              -- the GX expectation that caught it
    detected_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS quarantine (
    source_path    VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    content_hash   VARCHAR,
    quarantined_at TIMESTAMP
);

-- Bookkeeping -------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS landing_files (
    source_path  VARCHAR NOT NULL,    -- every document path seen: ingested or quarantined
    content_hash VARCHAR,
    article_id   VARCHAR,
    status       VARCHAR NOT NULL,    -- ingested | duplicate | quarantined | held (quarantined by a later stage) | manifest
    first_seen   TIMESTAMP,
    last_seen    TIMESTAMP
);

CREATE TABLE IF NOT EXISTS raw_documents (
    article_id   VARCHAR NOT NULL,
    source_path  VARCHAR NOT NULL,
    format       VARCHAR,
    title        VARCHAR,
    raw_text     VARCHAR NOT NULL,
    outlet       VARCHAR,
    published_at TIMESTAMP,
    url          VARCHAR,
    content_hash VARCHAR,
    ingested_at  TIMESTAMP,
    ingested_on  DATE                -- ingestion day: the partition of the run that first saw it
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    entity_id  VARCHAR
);

CREATE TABLE IF NOT EXISTS extractions (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    n_claims          INTEGER,
    extracted_at      TIMESTAMP,
    error             VARCHAR,           -- set when the extractor failed on this article
    run_id            VARCHAR            -- the run that read it: what is new or changed in a run
);

-- The latest result of each expectation: a validation replaces its expectation's previous row
-- (warehouse/validation.py), so an unchanged re-run leaves the same rows, never more.
CREATE TABLE IF NOT EXISTS validation_results (
    suite            VARCHAR NOT NULL,
    expectation      VARCHAR NOT NULL,
    check_name       VARCHAR,
    success          BOOLEAN,
    blocking         BOOLEAN,
    unexpected_count INTEGER,
    details          VARCHAR,
    validated_at     TIMESTAMP
);

-- Articles taken out because their landing file was removed, changed, emptied into a short note,
-- became unreadable or a copy of another file (crosscheck.ingest.apply). History: never deleted.
CREATE TABLE IF NOT EXISTS retractions (
    source_path  VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    retracted_at TIMESTAMP NOT NULL
);

-- The language each stored document looks like (crosscheck.ingest.language): "en", "zh", "ru", ...;
-- "und" when it cannot tell. Every ingest rewrites the rows of the documents it keeps, so an
-- earlier warehouse gets its articles' languages on its first run with this version.
CREATE TABLE IF NOT EXISTS document_languages (
    article_id VARCHAR NOT NULL,
    language   VARCHAR NOT NULL
);

-- What each article is about (crosscheck.aggregate.keys) and the event it was grouped in: the
-- figure groups are recomputed only for the events that new, changed or removed articles touch.
CREATE TABLE IF NOT EXISTS article_keys (
    article_id VARCHAR NOT NULL,
    key        VARCHAR NOT NULL,
    n          INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS article_events (
    article_id VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL,
    grouped_at TIMESTAMP NOT NULL
);

-- What each cross-source step last computed from (warehouse/stage_inputs.py): a step whose input
-- tables hash the same as when it last finished has nothing new to compute.
CREATE TABLE IF NOT EXISTS stage_inputs (
    stage       VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);

-- Entity resolution's memory (warehouse/entities.py): each entity's spellings per article, with the
-- block (surname, organisation or place key) they were resolved in, and what each article's
-- mentions and named claims were when last resolved. A run resolves again only the blocks that
-- new, changed or removed articles touch.
CREATE TABLE IF NOT EXISTS entity_spellings (
    article_id VARCHAR NOT NULL,
    spelling   VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    block      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS entity_inputs (
    article_id VARCHAR NOT NULL,
    digest     VARCHAR NOT NULL
);

-- The landing files a read turned wholly into stored articles, one row per article, with the size
-- and modification time the file had then (crosscheck.ingest.readers.scan_landing): a file found
-- as it was, with the same manifests and code, is not read again.
CREATE TABLE IF NOT EXISTS landing_reads (
    entry        VARCHAR NOT NULL,
    size         BIGINT NOT NULL,
    mtime_ns     BIGINT NOT NULL,
    manifests    VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    source_path  VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    text_key     VARCHAR NOT NULL,
    format       VARCHAR,
    language     VARCHAR
);

-- Migrations for warehouses created by earlier versions --------------------------------------
ALTER TABLE claims ADD COLUMN IF NOT EXISTS in_headline BOOLEAN DEFAULT false;
ALTER TABLE extractions ADD COLUMN IF NOT EXISTS error VARCHAR;
-- validation_results kept every run's results before it kept the latest per expectation.
DELETE FROM validation_results v WHERE validated_at < (
    SELECT max(w.validated_at) FROM validation_results w
    WHERE w.suite = v.suite AND w.expectation = v.expectation AND w.check_name IS NOT DISTINCT FROM v.check_name);
ALTER TABLE extractions ADD COLUMN IF NOT EXISTS run_id VARCHAR;
-- Daily partitions: documents stored before them belong to the day they were stored.
ALTER TABLE raw_documents ADD COLUMN IF NOT EXISTS ingested_on DATE;
ALTER TABLE figure_groups ADD COLUMN IF NOT EXISTS event_places VARCHAR[];
UPDATE raw_documents SET ingested_on = CAST(ingested_at AS DATE) WHERE ingested_on IS NULL AND ingested_at IS NOT NULL;

-- The content suites' memory (warehouse/content_memo.py): the findings of each figure group and
-- title episode, by a digest of what they were computed from, for one code version and people
-- reference (`salt`). A run checks again only the units new articles touched.
CREATE TABLE IF NOT EXISTS content_memo (
    salt     VARCHAR NOT NULL,
    digest   VARCHAR NOT NULL,
    findings VARCHAR NOT NULL
);
