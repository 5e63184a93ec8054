-- A desk key that was lost is replaced (issue 16, item 8): when the keychain lost the key and the administrator lost the
-- key file, the desk could save nothing. `kensectl db key new --replace --reason` makes a new key; an event of kind
-- desk_key_replaced records who replaced it and why, and this table records which key replaced which at that event.
-- The seals made before that event are made with the replaced key: `db verify` checks those it can (none once the
-- old key is lost) and says so; every seal from the event on is made with the new key.
CREATE TABLE history_key_replacements (
    id          INTEGER PRIMARY KEY,
    old_key_id  TEXT NOT NULL,
    new_key_id  TEXT NOT NULL,
    at_event    INTEGER NOT NULL UNIQUE REFERENCES events(id), -- the desk_key_replaced event, sealed with the new key
    old_checked INTEGER NOT NULL CHECK (old_checked IN (0, 1))  -- 1: the old key was at hand and its seals matched
) STRICT;

CREATE TRIGGER history_key_replacements_no_update BEFORE UPDATE ON history_key_replacements
BEGIN
    SELECT RAISE(ABORT, 'the record of a replaced desk key is append-only');
END;
CREATE TRIGGER history_key_replacements_no_delete BEFORE DELETE ON history_key_replacements
BEGIN
    SELECT RAISE(ABORT, 'the record of a replaced desk key is append-only');
END;

-- The desk key is still made once; it changes only to the key of the newest replacement, from its event on.
DROP TRIGGER history_key_no_update;
CREATE TRIGGER history_key_no_update BEFORE UPDATE ON history_key
WHEN NOT EXISTS (SELECT 1 FROM history_key_replacements r
                 WHERE r.id = (SELECT max(id) FROM history_key_replacements)
                   AND r.old_key_id = OLD.key_id AND r.new_key_id = NEW.key_id AND r.at_event = NEW.since_event)
BEGIN
    SELECT RAISE(ABORT, 'the desk key is made once; it is replaced only with a record of the replacement');
END;
