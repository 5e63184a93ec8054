-- 0003: a desk's history leaves the desk. Each event of a desk's log carries a hash of the one before it, so whoever
-- edits an event and computes every later hash again has a log that verifies at the desk. At every sync the desk
-- reports the head of its log (the newest event's id and hash) and the hash it now holds at the newest head it
-- reported before; the centre keeps the heads and refuses a log that does not extend the one it was shown.

CREATE TABLE desk_chain (
    desk        text NOT NULL,           -- "KZOTSON01-1"
    event_id    bigint NOT NULL,         -- the id of the event in the desk's own log
    hash        bytea NOT NULL,
    reported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (desk, event_id)
);

-- The newest head `d` reported at or below the event `below`: the desk must show the same hash there.
CREATE FUNCTION kense_chain_mark(d text, below bigint)
RETURNS TABLE (event_id bigint, hash bytea, reported_at timestamptz)
LANGUAGE sql STABLE AS $fn$
    SELECT c.event_id, c.hash, c.reported_at FROM desk_chain c
    WHERE c.desk = d AND c.event_id <= below ORDER BY c.event_id DESC LIMIT 1;
$fn$;

-- The desk `d` reports its head and its hash at the mark kense_chain_mark named (at_id NULL: it named none). A log
-- whose hash there differs was written again behind the program — or is another desk's log — and is refused (SQLSTATE
-- KF002) before any change of it is taken. A head below heads reported before is refused too (events were cut off the
-- end) unless the desk says it was `restored` from an older copy: then the heads above it belonged to a log that is
-- gone. Heads are thinned as they age: the last of each day is kept.
CREATE FUNCTION kense_chain_report(d text, at_id bigint, at_hash bytea, head_id bigint, head_hash bytea,
                                   restored boolean)
RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    mark desk_chain%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(7308, hashtext(d));
    SELECT * INTO mark FROM desk_chain c WHERE c.desk = d AND c.event_id <= head_id ORDER BY c.event_id DESC LIMIT 1;
    IF FOUND AND (at_id IS DISTINCT FROM mark.event_id OR at_hash IS DISTINCT FROM mark.hash) THEN
        RAISE EXCEPTION 'desk % shows event % other than it reported on % (hash %)', d, mark.event_id,
                        to_char(mark.reported_at, 'YYYY-MM-DD HH24:MI'), left(encode(mark.hash, 'hex'), 16)
            USING ERRCODE = 'KF002',
                  HINT = 'the desk''s event log was written again behind the program, or the database is another desk''s';
    END IF;
    SELECT * INTO mark FROM desk_chain c WHERE c.desk = d AND c.event_id > head_id ORDER BY c.event_id DESC LIMIT 1;
    IF FOUND AND NOT restored THEN
        RAISE EXCEPTION 'desk % shows a log that ends at event %, before event % it reported on %', d, head_id,
                        mark.event_id, to_char(mark.reported_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'KF002',
                  HINT = 'events were removed from the desk''s log behind the program, or the database is another desk''s';
    END IF;
    DELETE FROM desk_chain c WHERE c.desk = d AND c.event_id > head_id;
    INSERT INTO desk_chain (desk, event_id, hash) VALUES (d, head_id, head_hash)
        ON CONFLICT (desk, event_id) DO UPDATE SET reported_at = now();
    DELETE FROM desk_chain c WHERE c.desk = d AND c.reported_at < now() - interval '1 day'
        AND EXISTS (SELECT 1 FROM desk_chain x WHERE x.desk = d AND x.event_id > c.event_id
                    AND x.reported_at::date = c.reported_at::date);
END
$fn$;
