-- The floors are the centre's own, and a desk that hangs inside a transaction is ended.
--
-- Any login may take advisory locks (PostgreSQL grants them to all), the floors' kind included. Schema 13 counted
-- every lock of one bigint key as a floor: a desk's login holding such a lock while idle kept every office's pull
-- mark below it, and one holding the number the next floor was to have kept every upload waiting for it. Now:
-- * a lock counts as a floor only while its session is inside a transaction (it holds its virtual transaction id's
--   lock): a floor is a transaction's lock and ends with it, so a session outside one has no change in flight;
-- * a floor is taken on a number no other session holds (the next one is drawn while it is held elsewhere).
-- And a desk's role ends its session when it sits idle inside a transaction for a minute (the program's calls are a
-- transaction each, so it never does): a hung desk holds the marks no longer. CentralRoles::addDesk sets it on
-- every new desk's role; here on those made before.

CREATE OR REPLACE FUNCTION kense_take_floor() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    floor bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM kense_floors f WHERE f.xid = pg_current_xact_id()) THEN
        PERFORM pg_advisory_lock_shared(7307, 1);
        LOOP
            floor := nextval(pg_get_serial_sequence('events', 'seq'));
            EXIT WHEN pg_try_advisory_xact_lock(floor);
        END LOOP;
        PERFORM pg_advisory_unlock_shared(7307, 1);
        -- The rows of transactions that have ended go (a row is seen by others only once its transaction committed).
        DELETE FROM kense_floors f WHERE f.xid < pg_snapshot_xmin(pg_current_snapshot());
        INSERT INTO kense_floors (xid, floor) VALUES (pg_current_xact_id(), floor);
    END IF;
    RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION kense_latest_seq() RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    low bigint;
    top bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7307, 1);
    -- The floors held now by sessions inside a transaction (an advisory lock of one bigint key: objsubid 1), then —
    -- a newer snapshot — the newest change.
    SELECT min((l.classid::bigint << 32) | l.objid::bigint) INTO low
    FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
      AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
      AND EXISTS (SELECT 1 FROM pg_locks v WHERE v.pid = l.pid AND v.locktype = 'virtualxid' AND v.granted);
    top := coalesce((SELECT max(e.seq) FROM events e), 0);
    RETURN CASE WHEN low IS NULL THEN top ELSE least(top, low - 1) END;
END
$fn$;

DO $do$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT d.role FROM desk_roles d JOIN pg_roles p ON p.rolname = d.role LOOP
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', r, '1min');
    END LOOP;
END
$do$;

SELECT kense_own_everything();
