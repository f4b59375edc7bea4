-- The rasd store. Offsets (start, end) count Unicode code points into documents.text, as in
-- rasd's JSON format. See docs/store.md.
CREATE TABLE IF NOT EXISTS store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id           INTEGER PRIMARY KEY,     -- the store's document number (DOC_ID)
    content_hash TEXT NOT NULL UNIQUE,    -- xxh3-128 of text + metadata: makes ingest idempotent
    text_hash    TEXT NOT NULL,           -- xxh3-64 of the whitespace-collapsed text: exact duplicates
    ext_id       TEXT,                    -- the input's own id
    title        TEXT,
    url          TEXT,
    source       TEXT,
    date         TEXT,                    -- as given
    day          TEXT,                    -- YYYY-MM-DD when the date gives one
    origin       TEXT NOT NULL,           -- file[:line] it was read from
    text         TEXT NOT NULL,           -- the article as received (spans point into it)
    n_tokens     INTEGER NOT NULL,
    n_sentences  INTEGER NOT NULL,
    analysis     TEXT NOT NULL,           -- the analysed document as JSON, without tokens and text
    minhash      BLOB,                    -- MinHash signature (126 × u32 LE), NULL if too short
    ingested_at  INTEGER NOT NULL         -- Unix seconds
);
CREATE INDEX IF NOT EXISTS documents_text_hash ON documents(text_hash);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_day ON documents(day);

CREATE TABLE IF NOT EXISTS entities (
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    idx      INTEGER NOT NULL,            -- index in the document's entity list
    name     TEXT NOT NULL,               -- canonical name as written
    norm     TEXT NOT NULL,               -- name in the search normalization (for filters)
    type     TEXT,                        -- PER, LOC, ORG, MISC
    mentions INTEGER NOT NULL,            -- how many mentions point to it
    data     TEXT NOT NULL,               -- the whole entity as JSON
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS entities_norm ON entities(norm);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    idx    INTEGER NOT NULL,
    start  INTEGER, "end" INTEGER, text TEXT,
    type   TEXT,
    entity INTEGER,                       -- entities.idx in the same document
    data   TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS times (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    idx    INTEGER NOT NULL,
    start  INTEGER, "end" INTEGER, text TEXT,
    value  TEXT,                          -- resolved ISO-8601 value
    data   TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS quantities (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    idx    INTEGER NOT NULL,
    start  INTEGER, "end" INTEGER, text TEXT,
    value  TEXT,                          -- numeric value (as text, exactly as serialized)
    data   TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- One row per event (docs/events.md): parties by name (an entity's canonical name when linked,
-- else the words of the text; several joined with ' | '), counts as numbers or NULL (0 is a count).
CREATE TABLE IF NOT EXISTS events (
    id           INTEGER PRIMARY KEY,     -- the store's event number (event_id in exports)
    doc_id       INTEGER NOT NULL REFERENCES documents(id),
    idx          INTEGER NOT NULL,        -- index in the document's event list
    type         TEXT NOT NULL,           -- MEET, AGREE, WITHDRAW, ASSAULT, PROTEST, ...
    mode         TEXT,                    -- rockets, air_strike, drone, bombing, shooting, ...
    start        INTEGER, "end" INTEGER,  -- the trigger
    trigger      TEXT,
    actors       TEXT,
    targets      TEXT,
    places       TEXT,
    time         TEXT,                    -- resolved ISO-8601 value of the event's time
    killed       INTEGER,
    injured      INTEGER,
    arrested     INTEGER,
    abducted     INTEGER,
    munitions    INTEGER,
    attacks      INTEGER,
    participants INTEGER,
    polarity     TEXT NOT NULL,           -- positive, negative
    modality     TEXT NOT NULL,           -- asserted, future, possible
    attributed   INTEGER NOT NULL,
    unclaimed    INTEGER NOT NULL,
    confidence   REAL NOT NULL,
    sentence     TEXT,                    -- the sentence that reports it
    data         TEXT NOT NULL,           -- the whole event as JSON
    UNIQUE (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

CREATE TABLE IF NOT EXISTS quotes (
    id             INTEGER PRIMARY KEY,   -- the store's quote number
    doc_id         INTEGER NOT NULL REFERENCES documents(id),
    idx            INTEGER NOT NULL,
    kind           TEXT NOT NULL,         -- direct, reported
    start          INTEGER, "end" INTEGER, -- what was said
    text           TEXT NOT NULL,
    trigger        TEXT,                  -- the speech verb
    speaker        TEXT,                  -- the speaker as the sentence names them
    speaker_entity TEXT,                  -- the canonical name of the speaker's entity
    speaker_type   TEXT,                  -- that entity's type
    denial         INTEGER NOT NULL,
    data           TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS clusters (
    doc_id         INTEGER PRIMARY KEY REFERENCES documents(id),
    representative INTEGER NOT NULL REFERENCES documents(id),
    similarity     REAL NOT NULL,         -- estimated Jaccard similarity to the representative
    exact          INTEGER NOT NULL       -- 1 when the text is identical to the representative's
);
CREATE INDEX IF NOT EXISTS clusters_representative ON clusters(representative);
