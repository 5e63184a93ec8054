-- 0002: the request queue of a desk — offices and desks, users, requests with their parties, documents and
-- step deadlines, courier registers, and the append-only, hash-chained event log.

CREATE TABLE offices (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 12 AND code NOT GLOB '*[^A-Z0-9]*'),
    directory_id TEXT UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    region       TEXT,
    district     TEXT,
    locality     TEXT,
    address      TEXT,
    phone        TEXT,
    open_time    TEXT NOT NULL DEFAULT '09:00',
    close_time   TEXT NOT NULL DEFAULT '18:30',
    lunch_start  TEXT DEFAULT '13:00',
    lunch_end    TEXT DEFAULT '14:30'
) STRICT;

CREATE TABLE desks (
    id        INTEGER PRIMARY KEY,
    office_id INTEGER NOT NULL REFERENCES offices(id),
    code      TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 6 AND code NOT GLOB '*[^A-Z0-9]*'),
    kind      TEXT NOT NULL CHECK (kind IN ('provider', 'tson')),
    UNIQUE (office_id, code)
) STRICT;

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(login) BETWEEN 2 AND 64),
    full_name       TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id),
    role    TEXT NOT NULL CHECK (role IN ('clerk', 'tson_operator', 'head', 'executor', 'administrator')),
    PRIMARY KEY (user_id, role)
) STRICT, WITHOUT ROWID;

-- Gap-free numbering per desk, year and kind (requests, courier registers): bumped inside the transaction that
-- uses the number.
CREATE TABLE sequences (
    desk_id INTEGER NOT NULL REFERENCES desks(id),
    year    INTEGER NOT NULL,
    kind    TEXT NOT NULL DEFAULT 'request' CHECK (kind IN ('request', 'courier_register')),
    last    INTEGER NOT NULL,
    PRIMARY KEY (desk_id, year, kind)
) STRICT, WITHOUT ROWID;

CREATE TABLE requests (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    number         TEXT NOT NULL UNIQUE CHECK (number NOT GLOB '*[^A-Z0-9-]*'),
    service_id     TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('provider', 'tson')),
    office_id      INTEGER NOT NULL REFERENCES offices(id),
    desk_id        INTEGER NOT NULL REFERENCES desks(id),
    accepted_by    INTEGER NOT NULL REFERENCES users(id),
    accepted_at    TEXT NOT NULL,
    state          TEXT NOT NULL,
    executor_id    INTEGER REFERENCES users(id),
    due_at         TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    applicant_iin  TEXT NOT NULL,
    fields         TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX requests_accepted ON requests (accepted_at, id);
CREATE INDEX requests_state ON requests (state, accepted_at);
CREATE INDEX requests_service ON requests (service_id, accepted_at);
CREATE INDEX requests_channel ON requests (channel, accepted_at);
CREATE INDEX requests_executor ON requests (executor_id, accepted_at);
CREATE INDEX requests_open_due ON requests (due_at)
    WHERE state NOT IN ('issued', 'refusal_issued', 'refused_at_intake', 'draft');
-- The open requests newest first: the journal's SLA filters walk this and stop at a page, so their cost is bounded
-- by the number of open requests, not by all requests ever taken.
CREATE INDEX requests_open_accepted ON requests (accepted_at, id)
    WHERE state NOT IN ('issued', 'refusal_issued', 'refused_at_intake', 'draft');

CREATE TABLE parties (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    role        TEXT NOT NULL CHECK (role IN ('applicant', 'representative', 'subject')),
    iin         TEXT,
    surname     TEXT,
    given_name  TEXT,
    patronymic  TEXT,
    phone       TEXT,
    address     TEXT,
    poa_number  TEXT,
    poa_date    TEXT,
    UNIQUE (request_id, role)
) STRICT;
CREATE INDEX parties_iin ON parties (iin) WHERE iin IS NOT NULL;

-- The names of the documents of a package, once each: a request's checklist refers to them. A name stays as it was
-- printed on the receipt even when the catalog later words it differently (a new row is made then).
CREATE TABLE document_kinds (
    id      INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    UNIQUE (doc_id, name_kk, name_ru)
) STRICT;

CREATE TABLE request_documents (
    request_id INTEGER NOT NULL REFERENCES requests(id),
    position   INTEGER NOT NULL,
    kind_id    INTEGER NOT NULL REFERENCES document_kinds(id),
    required   INTEGER NOT NULL CHECK (required IN (0, 1)),
    status     TEXT NOT NULL CHECK (status IN ('original', 'copy', 'missing')),
    PRIMARY KEY (request_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE step_deadlines (
    request_id INTEGER NOT NULL REFERENCES requests(id),
    n          INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    due_at     TEXT,
    PRIMARY KEY (request_id, n)
) STRICT, WITHOUT ROWID;

-- A courier register (тізілімдеме): a batch of requests the ЦОН sends to a provider, or results sent back.
CREATE TABLE courier_registers (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    number      TEXT NOT NULL UNIQUE,
    office_id   INTEGER NOT NULL REFERENCES offices(id),
    provider    TEXT NOT NULL,     -- to whom (or from whom, back) the batch goes
    direction   TEXT NOT NULL CHECK (direction IN ('to_provider', 'to_tson')),
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES users(id),
    sent_at     TEXT,
    sent_by     INTEGER REFERENCES users(id),
    received_at TEXT,
    received_by INTEGER REFERENCES users(id)
) STRICT;

CREATE TABLE courier_register_items (
    register_id INTEGER NOT NULL REFERENCES courier_registers(id),
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    sheets      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (register_id, request_id)
) STRICT; -- a rowid table: its rowid keeps the order packages were added in

-- Every change is one event. Each row stores the SHA-256 of its content and of the previous row's hash,
-- so an edited or deleted row breaks the chain (kensectl db verify).
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    request_id INTEGER REFERENCES requests(id),
    at         TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    kind       TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    before     TEXT,
    after      TEXT,
    note       TEXT,
    prev_hash  BLOB NOT NULL,          -- SHA-256, 32 bytes
    hash       BLOB NOT NULL
) STRICT;
CREATE INDEX events_request ON events (request_id, id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

-- The names of every person of a request (applicant, representative, child or graduate), for word-prefix search.
-- The rowid is the request's id. unicode61 folds case for Cyrillic incl. Kazakh letters: "әлия" finds "ӘЛИЯ".
-- Prefixes of 2 to 5 letters (what a clerk types) are indexed: a longer prefix matches few terms anyway.
CREATE VIRTUAL TABLE person_names USING fts5(
    names,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4 5'
);

-- Which desk this database is: exactly one row once the desk is set up.
CREATE TABLE this_desk (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    desk_id INTEGER NOT NULL REFERENCES desks(id)
) STRICT;
