-- Uploads of different desks side by side. Until now one upload ran at a time (pg_advisory_xact_lock(7307)): the
-- central sequence then followed the commit order, and a pull that read up to the newest change could miss none.
-- Now an upload holds only what it changes, and the pulls read up to a mark no change still in flight lies below:
--
-- * An upload holds its desks and its requests, each by an advisory lock (7310: a desk, by its code; 7311: a
--   request, by its uuid), all taken at its start in one order, so two uploads never wait on each other in a
--   circle. A desk's own changes stay in its order (one upload of a desk at a time, its relay's too); a request is
--   moved by one upload at a time, which reads the state it moves from under its lock.
-- * The first change a transaction writes takes a floor: a number of the events' sequence, held as an advisory lock
--   (key: the number) until the transaction ends. Every change it writes afterwards is numbered above its floor.
-- * kense_latest_seq(), the mark a pull reads up to, is the newest change, or the number below the lowest floor
--   still held when that is lower. Taking a floor and reading the floors exclude each other for an instant (7307/1):
--   no floor is taken between the reading of the floors and the reading of the newest change.
-- A pull therefore never passes a change that may still commit; a change committed after a pull waits for the next.

-- The locks of a batch: its desks in order of their codes, then its requests in order of their uuids.
CREATE FUNCTION kense_hold_batch(meta jsonb) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    k text;
BEGIN
    FOR k IN SELECT DISTINCT m->>'desk' FROM jsonb_array_elements(meta) m WHERE m->>'desk' IS NOT NULL ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7310, hashtext(k));
    END LOOP;
    FOR k IN SELECT DISTINCT m->>'request' FROM jsonb_array_elements(meta) m WHERE m->>'request' IS NOT NULL
             ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7311, hashtext(k));
    END LOOP;
END
$fn$;

-- One request, as an administrator's decision of its conflict holds it (nothing when there is no such request).
CREATE FUNCTION kense_hold_request(req uuid) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    IF req IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7311, hashtext(req::text));
    END IF;
END
$fn$;

-- The floor of the transaction that writes a change, taken before its first change is numbered.
CREATE FUNCTION kense_take_floor() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    floor bigint;
BEGIN
    IF current_setting('kense.floor_of', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
        PERFORM pg_advisory_lock_shared(7307, 1);
        floor := nextval(pg_get_serial_sequence('events', 'seq'));
        PERFORM pg_advisory_xact_lock(floor);
        PERFORM pg_advisory_unlock_shared(7307, 1);
        PERFORM set_config('kense.floor_of', pg_current_xact_id()::text, true);
    END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER events_floor BEFORE INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION kense_take_floor();

CREATE OR REPLACE FUNCTION kense_latest_seq() RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    low bigint;
    top bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7307, 1);
    -- The floors held now (an advisory lock of one bigint key: objsubid 1), then — a newer snapshot — the newest change.
    SELECT min((l.classid::bigint << 32) | l.objid::bigint) INTO low
    FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.objsubid = 1
      AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database());
    top := coalesce((SELECT max(e.seq) FROM events e), 0);
    RETURN CASE WHEN low IS NULL THEN top ELSE least(top, low - 1) END;
END
$fn$;

-- The three places that took the one upload lock: the upload's first step (its rule book's wrapper) holds the
-- batch instead, its innermost step nothing more, and a decision of a conflict its request.
DO $do$
DECLARE
    f    record;
    done integer := 0;
    def  text;
BEGIN
    FOR f IN SELECT p.oid, p.prosrc FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace AND p.prosrc LIKE '%pg_advisory_xact_lock(7307);%' LOOP
        def := pg_get_functiondef(f.oid);
        IF f.prosrc LIKE '%The states before the batch are read under the upload lock%' THEN
            def := replace(def, 'read under the upload lock, so no other upload moves them in between',
                           'read with the batch''s desks and requests held, so no other upload moves them in between');
            def := replace(def, 'PERFORM pg_advisory_xact_lock(7307);', 'PERFORM kense_hold_batch(meta);');
        ELSIF f.prosrc LIKE '%One upload at a time%' THEN
            def := replace(def, 'PERFORM pg_advisory_xact_lock(7307);',
                           'NULL; -- the batch is held by its first step (kense_hold_batch)');
        ELSIF f.prosrc LIKE '%kense_may_decide%' AND f.prosrc LIKE '%p_number%' THEN
            def := replace(def, 'Under the upload lock: the central sequence follows the commit order, and no upload '
                                'moves the request now.', 'Its request held: no upload moves it now.');
            def := replace(def, 'PERFORM pg_advisory_xact_lock(7307);',
                           'PERFORM kense_hold_request((SELECT x.uuid FROM requests x WHERE x.number = p_number));');
        ELSE
            RAISE EXCEPTION 'central migration 12: an unknown function takes the upload lock: %', f.oid::regprocedure;
        END IF;
        EXECUTE def;
        done := done + 1;
    END LOOP;
    IF done <> 3 OR EXISTS (SELECT 1 FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
                                                      AND p.prosrc LIKE '%pg_advisory_xact_lock(7307);%') THEN
        RAISE EXCEPTION 'central migration 12: % of the 3 functions that took the upload lock were changed', done;
    END IF;
END
$do$;

SELECT kense_own_everything();
