-- Uploads side by side again. Schema 13's floor-taking deleted the rows of the transactions that had ended
-- (kense_floors), and two uploads in flight both deleted the same rows: the second waited on the first's row locks
-- until the first committed — every upload waited for the one before it whenever the centre had seen an upload
-- before, and for as long as a hung desk's session lived (a minute). Now a floor-taker deletes only the ended rows no
-- other one is deleting (SKIP LOCKED); a row left over goes with a later one.
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
        DELETE FROM kense_floors f WHERE f.xid IN (SELECT e.xid FROM kense_floors e
                                                   WHERE e.xid < pg_snapshot_xmin(pg_current_snapshot())
                                                   FOR UPDATE SKIP LOCKED);
        INSERT INTO kense_floors (xid, floor) VALUES (pg_current_xact_id(), floor);
    END IF;
    RETURN NULL;
END
$fn$;

SELECT kense_own_everything();
