-- The desk key (issue 16, item 8): a random 256-bit key of this desk, kept in the operating system's keychain and never
-- in this file, seals the head of the event log at every commit that adds events (sync::HistorySeal): an HMAC-SHA-256
-- of the desk's code, the head's id and its hash. Since each event's hash covers every event before it, one seal
-- proves the whole log up to its event. Someone who drops the triggers, edits an event and computes every later hash
-- again — which the plain SHA-256 chain cannot tell — cannot make the seals again without the key, and
-- `kensectl db verify` names the first seal that no longer matches, or the events written after the last seal.

-- Which key seals this desk's history, from which event on (one row; none until `kensectl db key new`).
CREATE TABLE history_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    key_id      TEXT NOT NULL,     -- the first 8 bytes of the key's SHA-256, in hex: names the key, never reveals it
    since_event INTEGER NOT NULL,  -- the log's head when the key was made (0 in an empty log)
    made_at     TEXT NOT NULL
) STRICT;

CREATE TABLE history_seals (
    event_id INTEGER PRIMARY KEY REFERENCES events(id),
    mac      BLOB NOT NULL         -- HMAC-SHA-256(key, "kense-history-v1" ‖ desk ‖ id ‖ hash), 32 bytes
) STRICT;

CREATE TRIGGER history_key_no_update BEFORE UPDATE ON history_key
BEGIN
    SELECT RAISE(ABORT, 'the desk key is made once');
END;
CREATE TRIGGER history_key_no_delete BEFORE DELETE ON history_key
BEGIN
    SELECT RAISE(ABORT, 'the desk key is made once');
END;
CREATE TRIGGER history_seals_no_update BEFORE UPDATE ON history_seals
BEGIN
    SELECT RAISE(ABORT, 'the history seals are append-only');
END;
CREATE TRIGGER history_seals_no_delete BEFORE DELETE ON history_seals
BEGIN
    SELECT RAISE(ABORT, 'the history seals are append-only');
END;
