-- Schema 4: the desk meets the others in the central database. Every change of a request made here goes, in the
-- same transaction, into the outbox (the event, the request's state before it and, when the transaction commits,
-- the request as it then is). Changes made at other desks come back by pull or in exchange packages and are kept
-- with the desk they came from; a change that does not follow the state this desk holds is a conflict, listed
-- for the administrator and never applied silently.

-- The desk an event came from ("KZOEDU01-1"); NULL for the events made at this desk. Not part of the hash chain:
-- the chain proves the content of the events, whichever desk wrote them.
ALTER TABLE events ADD COLUMN origin TEXT;

-- The event whose outcome the row holds: the base a change made here follows.
ALTER TABLE requests ADD COLUMN head_event TEXT;
UPDATE requests SET head_event = (SELECT uuid FROM events e WHERE e.request_id = requests.id ORDER BY e.id DESC
                                  LIMIT 1);

-- This desk's changes for the centre, in order. `seq` is the desk's own sequence (never reused: AUTOINCREMENT),
-- `base` the request's head before the change; `meta` (desk, sequence, uuid, base, kind, request, office,
-- provider) and `payload` (the event and the request as committed) are the JSON the centre receives, written when
-- the transaction commits (Outbox::sealPending; payload '' for the rows this migration adds, written when read).
CREATE TABLE outbox (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL UNIQUE REFERENCES events(id),
    base     TEXT,
    meta     TEXT,
    payload  TEXT
) STRICT;
CREATE INDEX outbox_unsealed ON outbox (seq) WHERE payload IS NULL;
CREATE INDEX outbox_unread ON outbox (seq) WHERE payload = '';

CREATE TRIGGER events_to_outbox AFTER INSERT ON events
WHEN NEW.request_id IS NOT NULL AND NEW.origin IS NULL
BEGIN
    INSERT INTO outbox (event_id, base) VALUES (NEW.id, (SELECT head_event FROM requests WHERE id = NEW.request_id));
    UPDATE requests SET head_event = NEW.uuid WHERE id = NEW.request_id;
END;

-- The requests this database already holds reach the centre as they are now: one change each, their last event.
-- Their payload ('' until then) is written when the sync reads them, a batch at a time, so that a desk with a
-- million requests does not spend its first write after the upgrade on them.
INSERT INTO outbox (event_id, base, payload)
    SELECT e.id, NULL, '' FROM requests r JOIN events e ON e.uuid = r.head_event ORDER BY e.id;

-- Changes of other desks that reached this desk in an exchange package, passed on to the centre at the next sync
-- with the desk and sequence they were made with.
CREATE TABLE relay (
    origin   TEXT NOT NULL,
    desk_seq INTEGER NOT NULL,
    uuid     TEXT NOT NULL UNIQUE,
    meta     TEXT NOT NULL,
    payload  TEXT NOT NULL,
    sent     INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    PRIMARY KEY (origin, desk_seq)
) STRICT;

-- Where this desk stands: "uploaded" (outbox seq the centre has), "exported" (outbox seq written to a package),
-- "pulled" (the centre's sequence applied here), "last_sync" (when the last sync ended well).
CREATE TABLE sync_marks (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The last sequence of each desk whose package was imported here: a package must follow on from it.
CREATE TABLE exchange_marks (
    origin   TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- A change of another desk that did not follow the state this desk holds (or that the centre flagged): kept as it
-- came, with the request flagged, until an administrator decides. The decision is an event.
CREATE TABLE sync_conflicts (
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    event_uuid  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    noted_at    TEXT NOT NULL,
    resolved_at TEXT,
    PRIMARY KEY (request_id, event_uuid)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_conflicts_open ON sync_conflicts (noted_at) WHERE resolved_at IS NULL;
