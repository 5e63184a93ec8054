-- The floor of a transaction is known by a row only the centre writes. Schema 12 kept it in a setting of the
-- session (kense.floor_of), which a desk's login can set itself (set_config) before it uploads: its changes were then
-- numbered with no floor held, and a pull could pass them while they were still to commit, for good.
CREATE UNLOGGED TABLE kense_floors (
    xid   xid8 PRIMARY KEY, -- the transaction
    floor bigint NOT NULL   -- its floor, held as an advisory lock until it ends
);

CREATE OR REPLACE FUNCTION kense_take_floor() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    floor bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM kense_floors f WHERE f.xid = pg_current_xact_id()) THEN
        PERFORM pg_advisory_lock_shared(7307, 1);
        floor := nextval(pg_get_serial_sequence('events', 'seq'));
        PERFORM pg_advisory_xact_lock(floor);
        PERFORM pg_advisory_unlock_shared(7307, 1);
        -- The rows of transactions that have ended go (a row is seen by others only once its transaction committed).
        DELETE FROM kense_floors f WHERE f.xid < pg_snapshot_xmin(pg_current_snapshot());
        INSERT INTO kense_floors (xid, floor) VALUES (pg_current_xact_id(), floor);
    END IF;
    RETURN NULL;
END
$fn$;

SELECT kense_own_everything();
