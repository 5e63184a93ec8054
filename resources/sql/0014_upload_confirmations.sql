-- Schema 14: when the centre confirmed this desk's changes. A row for each move of the "uploaded" mark: the outbox
-- sequence the centre then held up to, and when it said so. Changes confirmed longer ago than the administrator's
-- window (central/keep_confirmed_days; 0, the default, keeps every change) are let go of; the window is to be longer
-- than the time between the centre's backups, so that a centre restored from its last backup can be refilled.
CREATE TABLE upload_confirmations (
    upto INTEGER PRIMARY KEY,
    at   TEXT NOT NULL -- the desk's local time, as events keep it
) STRICT;

-- What the centre held when this desk took the schema counts as confirmed now.
INSERT INTO upload_confirmations (upto, at)
    SELECT CAST(value AS INTEGER), strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') FROM sync_marks
    WHERE name = 'uploaded' AND CAST(value AS INTEGER) > 0;
